// The editor grammar must keep up with the language: every keyword of grammar/perf.pest (the
// kw_* rules) and every comparator, and the category and level words the checker knows
// (src/domain/), must be highlighted as such by the real engine. And the editor grammar's
// keyword list must not name keywords the language does not have.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { loadGrammar, scopeAt, GRAMMAR_PATH } = require('./engine');

const REPO = path.join(__dirname, '..', '..', '..');
const read = (relative) => fs.readFileSync(path.join(REPO, relative), 'utf8');
const PEST = read('grammar/perf.pest');

/** The string literals of `text`, unescaped. */
const literals = (text) => [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));

/** The body of a pest rule (`name = @{ … }`, up to the line that closes it). */
function pestRule(name) {
  const match = PEST.match(new RegExp(`^${name}\\s*=\\s*[@$_]?\\{([\\s\\S]*?)\\}\\s*$`, 'm'));
  assert.ok(match, `rule ${name} not found in grammar/perf.pest`);
  return match[1];
}

/** Literals of a Rust item, from `start` up to the first `end` after it. */
function rustLiterals(file, start, end) {
  const text = read(file);
  const from = text.indexOf(start);
  assert.ok(from >= 0, `${start} not found in ${file}`);
  return literals(text.slice(from + start.length, text.indexOf(end, from)));
}

const pestKeywords = () =>
  [...PEST.matchAll(/^kw_\w+\s*=\s*@\{(.*)\}\s*$/gm)].flatMap((m) => literals(m[1]));

/** The words of the `(?:a|b|…)` alternation of each keyword pattern in the editor grammar. */
function editorKeywords() {
  const grammar = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
  return grammar.repository.keywords.patterns.flatMap((p) => {
    const alternation = p.match.match(/\(\?:([^()]*)\)\(\?=/);
    assert.ok(alternation, `unexpected keyword pattern ${p.match}`);
    return alternation[1].split('|').map((w) => w.replace(/\\(.)/g, '$1'));
  });
}

function assertScopes(grammar, cases, expected) {
  const wrong = cases
    .map(([line, word]) => ({ line, word, ...scopeAt(grammar, line, word) }))
    .filter(({ word, text, scope }) => text !== word || !expected.test(scope));
  assert.deepStrictEqual(wrong, [], `not highlighted as ${expected}`);
}

test('every pest keyword is highlighted as a keyword', async () => {
  const grammar = await loadGrammar();
  const keywords = pestKeywords();
  assert.ok(keywords.length >= 70, `only ${keywords.length} keywords found in perf.pest`);
  assertScopes(
    grammar,
    keywords.map((kw) => [`${kw} 1`, kw]),
    /^(keyword\.|storage\.type\.)/,
  );
});

test('the editor keyword list has exactly the pest keywords', () => {
  assert.deepStrictEqual([...new Set(editorKeywords())].sort(), [...new Set(pestKeywords())].sort());
});

test('every comparator of perf.pest is highlighted', async () => {
  const grammar = await loadGrammar();
  const comparators = literals(pestRule('comparator'));
  assert.ok(comparators.length >= 30, `only ${comparators.length} comparators found`);
  assertScopes(
    grammar,
    comparators.map((c) => [`  数量指标 "x" ${c}95%`, c]),
    /^keyword\.operator\.comparison\.perf$/,
  );
});

test('every category word of src/domain/framework.rs is highlighted in its place', async () => {
  const grammar = await loadGrammar();
  const file = 'src/domain/framework.rs';
  const level1 = rustLiterals(file, 'fn parse(word: &str) -> Option<Level1> {', 'return None');
  const level2 = rustLiterals(file, 'fn parse(word: &str) -> Option<Level2> {', 'return None');
  assert.ok(level1.length >= 10 && level2.length >= 30, 'category words not found');
  assertScopes(
    grammar,
    level1.map((w) => [`  ${w} {`, w]),
    /^entity\.name\.type\.category\.level1\.perf$/,
  );
  assertScopes(
    grammar,
    level2.map((w) => [`    ${w} "名称" ≥1 次`, w]),
    /^support\.type\.category\.level2\.perf$/,
  );
});

test('every qualitative level of src/domain/levels.rs is highlighted', async () => {
  const grammar = await loadGrammar();
  const file = 'src/domain/levels.rs';
  const levels = [
    ...rustLiterals(file, 'const LEVELS: &[&str] = &[', '];'),
    ...rustLiterals(file, 'const TIMELINESS: &[&str] = &[', '];'),
  ];
  assert.ok(levels.length >= 80, `only ${levels.length} levels found`);
  assertScopes(
    grammar,
    levels.map((w) => [`    社会效益指标 "名称" ${w}  依据 年度工作计划`, w]),
    /^constant\.language\.level\.perf$/,
  );
});
