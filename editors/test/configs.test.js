// Helix's and Zed's configuration: the TOML parses and names the language, its server
// (`perfc lsp`) and its grammar consistently, and Zed's setup.sh writes a grammar entry from
// which the grammar builds the way Zed fetches it (git at the commit, then the folder's
// src/parser.c and src/scanner.c).
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const smolToml = require('smol-toml');

// smol-toml's tables have no prototype; plain objects compare with deepStrictEqual.
const parse = (text) => JSON.parse(JSON.stringify(smolToml.parse(text)));

const REPO = path.join(__dirname, '..', '..');
const toml = (relative) => parse(fs.readFileSync(path.join(REPO, relative), 'utf8'));
const GRAMMAR_DIR = 'editors/tree-sitter-perf';

test('Helix: the language, its server and its grammar', () => {
  const config = toml('editors/helix/languages.toml');
  const [language] = config.language.filter((l) => l.name === 'perf');
  assert.deepStrictEqual(language['file-types'], ['perf']);
  assert.strictEqual(language['comment-token'], '#');
  assert.strictEqual(language.scope, 'source.perf');
  assert.deepStrictEqual(language['language-servers'], ['perfc']);
  assert.strictEqual(language['auto-format'], true);
  assert.deepStrictEqual(config['language-server'].perfc, { command: 'perfc', args: ['lsp'] });
  const [grammar] = config.grammar.filter((g) => g.name === 'perf');
  // install.sh makes this path absolute; it names the grammar's folder in the checkout.
  assert.deepStrictEqual(grammar.source, { path: GRAMMAR_DIR });
  assert.ok(fs.existsSync(path.join(REPO, GRAMMAR_DIR, 'src', 'parser.c')));
});

test('Zed: the extension, the language and its server', () => {
  const manifest = toml('editors/zed/extension.toml');
  assert.strictEqual(manifest.id, 'perf');
  assert.strictEqual(manifest.schema_version, 1);
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  const language = toml('editors/zed/languages/perf/config.toml');
  assert.strictEqual(language.name, 'perf');
  assert.strictEqual(language.grammar, 'perf');
  assert.deepStrictEqual(language.path_suffixes, ['perf']);
  assert.deepStrictEqual(language.line_comments, ['# ']);
  assert.ok(language.brackets.some((b) => b.start === '{' && b.end === '}'));
  assert.deepStrictEqual(manifest.language_servers.perfc.languages, [language.name]);
  // Its own cargo workspace: perfc's builds never include it.
  const cargo = toml('editors/zed/Cargo.toml');
  assert.deepStrictEqual(cargo.workspace, {});
  assert.deepStrictEqual(cargo.lib['crate-type'], ['cdylib']);
  assert.ok(cargo.dependencies.zed_extension_api);
  const lib = fs.readFileSync(path.join(REPO, 'editors/zed/src/lib.rs'), 'utf8');
  assert.match(lib, /worktree\.which\("perfc"\)/);
  assert.match(lib, /vec!\["lsp"\.to_string\(\)\]/);
});

const git = (dir, ...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();

test("Zed: setup.sh points the grammar at the checkout, and the grammar builds as Zed fetches it", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-zed-'));
  try {
    // A repository holding what setup.sh and Zed read: the extension and the grammar's sources.
    const repo = path.join(tmp, 'perfc');
    for (const dir of ['editors/zed', `${GRAMMAR_DIR}/src`]) {
      fs.cpSync(path.join(REPO, dir), path.join(repo, dir), {
        recursive: true,
        filter: (source) => !/\/(target|grammars)$/.test(source),
      });
    }
    git(tmp, 'init', '-q', repo);
    git(repo, 'add', '.');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'grammar');
    const setup = path.join(repo, 'editors/zed/setup.sh');
    execFileSync('bash', [setup], { stdio: 'pipe' });
    execFileSync('bash', [setup], { stdio: 'pipe' }); // again: one entry, not two
    const text = fs.readFileSync(path.join(repo, 'editors/zed/extension.toml'), 'utf8');
    assert.strictEqual(text.match(/^\[grammars\.perf\]$/gm).length, 1);
    const entry = parse(text).grammars.perf;
    assert.deepStrictEqual(entry, {
      repository: `file://${repo}`,
      rev: git(repo, 'rev-parse', 'HEAD'),
      path: GRAMMAR_DIR,
    });
    // What Zed's extension builder does: fetch the commit alone, check it out, compile the
    // folder's parser (Zed to WebAssembly; here natively, which reads the same sources).
    const clone = path.join(tmp, 'clone');
    git(tmp, 'init', '-q', clone);
    git(clone, 'fetch', '-q', '--depth', '1', entry.repository, entry.rev);
    git(clone, 'checkout', '-q', 'FETCH_HEAD');
    const src = path.join(clone, entry.path, 'src');
    const built = path.join(tmp, 'perf.so');
    execFileSync(process.env.CC || 'cc', ['-shared', '-fPIC', '-I', src,
      path.join(src, 'parser.c'), path.join(src, 'scanner.c'), '-o', built]);
    assert.ok(fs.statSync(built).size > 100000);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
