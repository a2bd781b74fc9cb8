// The tree-sitter grammar must keep up with the language: every keyword of grammar/perf.pest
// (the kw_* rules), in both spellings, is a keyword of the generated grammar
// (tree-sitter-perf/src/grammar.json, which CI checks is what grammar.js generates), and the
// grammar has no keyword perf.pest lacks. grammar.js reads the spellings from perf.pest; this
// catches a keyword it never places.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.join(__dirname, '..', '..');
const PEST = fs.readFileSync(path.join(REPO, 'grammar', 'perf.pest'), 'utf8');
const GRAMMAR = JSON.parse(
  fs.readFileSync(path.join(REPO, 'editors', 'tree-sitter-perf', 'src', 'grammar.json'), 'utf8'),
);

const literals = (text) => [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));

/** kw_name → its spellings, from perf.pest. */
const pestKeywords = () =>
  new Map([...PEST.matchAll(/^(kw_\w+)\s*=\s*@\{(.*)\}\s*$/gm)].map(([, name, body]) => [name, literals(body)]));

/** Every node of a grammar.json rule tree. */
function* nodes(rule) {
  yield rule;
  for (const child of [rule.content, ...(rule.members ?? [])]) if (child) yield* nodes(child);
}

/** The spellings of each keyword node of the grammar: `keyword`/`field_keyword` aliases. */
function grammarKeywords() {
  const spellings = [];
  for (const rule of Object.values(GRAMMAR.rules)) {
    for (const node of nodes(rule)) {
      if (node.type === 'ALIAS' && node.named && /^(field_)?keyword$/.test(node.value)) {
        spellings.push([...nodes(node.content)].filter((n) => n.type === 'STRING').map((n) => n.value));
      }
    }
  }
  return spellings;
}

const key = (spellings) => [...spellings].sort().join(' | ');

test('every keyword of perf.pest is a keyword of the tree-sitter grammar, in both spellings', () => {
  const keywords = pestKeywords();
  assert.ok(keywords.size >= 100, `only ${keywords.size} keywords found in perf.pest`);
  const inGrammar = new Set(grammarKeywords().map(key));
  // `约` runs into the number after it, so it is a token of its own: the `approx` rule.
  const approx = [...nodes(GRAMMAR.rules.approx)].filter((n) => n.type === 'STRING').map((n) => n.value);
  inGrammar.add(key(approx));
  const missing = [...keywords].filter(([, spellings]) => !inGrammar.has(key(spellings)));
  assert.deepStrictEqual(missing, [], 'keywords of perf.pest the tree-sitter grammar never places');
});

test('the tree-sitter grammar has no keyword perf.pest lacks', () => {
  const inPest = new Set([...pestKeywords().values()].map(key));
  const extra = grammarKeywords().filter((spellings) => !inPest.has(key(spellings)));
  assert.deepStrictEqual(extra, []);
});

test("the scanner's comparators in words are perf.pest's", () => {
  const rule = PEST.match(/^comparator\s*=\s*@\{([\s\S]*?)\}\s*$/m);
  const inWords = literals(rule[1]).filter((c) => /\p{Script=Han}/u.test(c));
  const scanner = fs.readFileSync(path.join(REPO, 'editors', 'tree-sitter-perf', 'src', 'scanner.c'), 'utf8');
  const list = scanner.match(/WORD_COMPARATORS\[\] = \{([\s\S]*?)\};/);
  assert.ok(list, 'scanner.c has no WORD_COMPARATORS');
  assert.ok(inWords.length >= 10, `only ${inWords.length} comparators in words found in perf.pest`);
  assert.deepStrictEqual(literals(list[1]).sort(), inWords.sort());
});
