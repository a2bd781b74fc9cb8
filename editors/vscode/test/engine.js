// Loads syntaxes/perf.tmLanguage.json into the engine VS Code runs (vscode-textmate on the
// Oniguruma regex library compiled to WebAssembly) and tokenizes text with it.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const GRAMMAR_PATH = path.join(__dirname, '..', 'syntaxes', 'perf.tmLanguage.json');

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.perf'
        ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)
        : null,
  });
  return registry.loadGrammar('source.perf');
}

/** Tokens of each line: `{ text, scopes }`, scopes without the root `source.perf`. */
function tokenizeLines(grammar, text) {
  let state = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({
      text: line.slice(token.startIndex, token.endIndex),
      scopes: token.scopes.slice(1),
    }));
  });
}

/** The innermost scope of the token that covers `needle` (first occurrence) on one line. */
function scopeAt(grammar, line, needle) {
  const start = line.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in ${line}`);
  const [tokens] = tokenizeLines(grammar, line);
  let offset = 0;
  for (const token of tokens) {
    if (offset <= start && start < offset + token.text.length) {
      return { text: token.text, scope: token.scopes.at(-1) ?? '' };
    }
    offset += token.text.length;
  }
  return { text: '', scope: '' };
}

module.exports = { loadGrammar, tokenizeLines, scopeAt, GRAMMAR_PATH };
