// The queries of each editor: Helix's and Zed's are what editors/queries.js makes of the
// grammar's, and every query uses only captures its editor knows (an unknown one highlights
// nothing, silently). Helix's are held to the captures of Helix's own bundled queries and
// Neovim's to its documented list (editors/test.sh passes both runtimes: PERF_HELIX_RUNTIME,
// PERF_NVIM_RUNTIME); Zed's to the lists of its extension documentation, copied below.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { captures, outputs } = require('../queries');

const EDITORS = path.join(__dirname, '..');
const read = (relative) => fs.readFileSync(path.join(EDITORS, relative), 'utf8');

function runtime(variable) {
  const dir = process.env[variable];
  assert.ok(dir && fs.existsSync(dir), `${variable} must name the editor's runtime (editors/test.sh sets it)`);
  return dir;
}

/** The captures of the files `name` in each folder of `dir` (an editor's bundled queries). */
function bundledCaptures(dir, name) {
  const known = new Set();
  for (const language of fs.readdirSync(dir)) {
    const file = path.join(dir, language, name);
    if (fs.existsSync(file)) for (const c of captures(fs.readFileSync(file, 'utf8'))) known.add(c);
  }
  return known;
}

const unknown = (used, known) => [...new Set(used)].filter((c) => !known.has(c));

test('Helix and Zed queries are what editors/queries.js makes', () => {
  for (const [relative, contents] of Object.entries(outputs())) {
    assert.strictEqual(read(relative), contents, `${relative}: run node editors/queries.js`);
  }
});

test("Neovim's captures are in its documented list", () => {
  const doc = fs.readFileSync(path.join(runtime('PERF_NVIM_RUNTIME'), 'doc', 'treesitter.txt'), 'utf8');
  const known = new Set([...doc.matchAll(/^@([\w.]+)/gm)].map((m) => m[1]));
  assert.ok(known.size > 50, 'no capture list found in treesitter.txt');
  assert.deepStrictEqual(unknown(captures(read('tree-sitter-perf/queries/highlights.scm')), known), []);
  assert.deepStrictEqual(captures(read('tree-sitter-perf/queries/folds.scm')), ['fold']);
});

test("Helix's captures are ones its own queries use", () => {
  const queries = path.join(runtime('PERF_HELIX_RUNTIME'), 'queries');
  for (const name of ['highlights.scm', 'indents.scm']) {
    const known = bundledCaptures(queries, name);
    assert.ok(known.size > 10, `no captures in Helix's bundled ${name}`);
    assert.deepStrictEqual(unknown(captures(read(`helix/queries/perf/${name}`)), known), [], name);
  }
});

/** Zed's captures per query file (zed.dev/docs/extensions/languages). */
const ZED = {
  'highlights.scm': [
    'attribute', 'boolean', 'comment', 'comment.doc', 'constant', 'constructor', 'embedded',
    'emphasis', 'emphasis.strong', 'enum', 'function', 'hint', 'keyword', 'label', 'link_text',
    'link_uri', 'number', 'operator', 'predictive', 'preproc', 'primary', 'property',
    'punctuation', 'punctuation.bracket', 'punctuation.delimiter', 'punctuation.list_marker',
    'punctuation.special', 'string', 'string.escape', 'string.regex', 'string.special',
    'string.special.symbol', 'tag', 'text.literal', 'title', 'type', 'variable',
    'variable.special', 'variant',
  ],
  'brackets.scm': ['open', 'close'],
  'outline.scm': ['name', 'item', 'context', 'context.extra'],
  'indents.scm': ['indent', 'end'],
};

test("Zed's captures are ones its documentation lists", () => {
  for (const [name, known] of Object.entries(ZED)) {
    const used = captures(read(`zed/languages/perf/${name}`));
    assert.ok(used.length > 0, `zed/languages/perf/${name} captures nothing`);
    assert.deepStrictEqual(unknown(used, new Set(known)), [], name);
  }
});
