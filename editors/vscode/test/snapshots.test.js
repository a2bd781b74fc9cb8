// Tokenizes every example document and the construct sampler editors/test/constructs.perf with
// the real VS Code engine and compares the scopes with
// the committed snapshots in test/snapshots/. After a deliberate grammar change, regenerate them
// with `UPDATE_SNAPSHOTS=1 npm test` and read the diff before committing.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { loadGrammar, tokenizeLines } = require('./engine');

const REPO = path.join(__dirname, '..', '..', '..');
/** Each folder of documents, and the name its snapshots start with. */
const SOURCES = [
  [path.join(REPO, 'examples'), ''],
  [path.join(REPO, 'editors', 'test'), 'editors__'],
];
const SNAPSHOTS = path.join(__dirname, 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

function perfFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return perfFiles(full);
      return entry.name.endsWith('.perf') ? [full] : [];
    });
}

/** One block per source line: the line, then each non-blank token with its scopes. */
function render(text, lines) {
  const source = text.split(/\r?\n/);
  return lines
    .map((tokens, i) => {
      const shown = tokens
        .filter((t) => t.text.trim() !== '' || t.scopes.length > 0)
        .map((t) => `  ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`.trimEnd());
      return [`${i + 1}| ${source[i]}`, ...shown].join('\n');
    })
    .join('\n');
}

test('documents tokenize as in the snapshots', async (t) => {
  const grammar = await loadGrammar();
  const files = SOURCES.flatMap(([dir, prefix]) =>
    perfFiles(dir).map((file) => [file, prefix + path.relative(dir, file)]),
  );
  assert.ok(files.length > 1, 'no documents found');
  for (const [file, relative] of files) {
    await t.test(relative, () => {
      const text = fs.readFileSync(file, 'utf8');
      const actual = render(text, tokenizeLines(grammar, text)) + '\n';
      const snapshot = path.join(SNAPSHOTS, relative.replaceAll(path.sep, '__') + '.snap');
      if (UPDATE) {
        fs.mkdirSync(SNAPSHOTS, { recursive: true });
        fs.writeFileSync(snapshot, actual);
        return;
      }
      assert.ok(fs.existsSync(snapshot), `missing snapshot ${snapshot}; run with UPDATE_SNAPSHOTS=1`);
      assert.strictEqual(actual, fs.readFileSync(snapshot, 'utf8'));
    });
  }
});
