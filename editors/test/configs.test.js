// Helix's and Zed's configuration: the TOML parses and names the language, its server
// (`perfc lsp`) and its grammar consistently, and Zed's setup.sh writes a grammar entry from
// which the grammar builds the way Zed fetches and builds it (git at the commit, then the
// folder's src/parser.c and src/scanner.c compiled to WebAssembly), loads in tree-sitter's
// WebAssembly runtime, and parses and highlights every example with Zed's queries.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const smolToml = require('smol-toml');
const { Parser, Language, Query } = require('web-tree-sitter');

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
    // folder's parser to WebAssembly.
    const clone = path.join(tmp, 'clone');
    git(tmp, 'init', '-q', clone);
    git(clone, 'fetch', '-q', '--depth', '1', entry.repository, entry.rev);
    git(clone, 'checkout', '-q', 'FETCH_HEAD');
    compileAsZed(path.join(clone, entry.path, 'src'), ZED_WASM);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

// Zed builds a grammar with wasi-sdk's clang and these flags (its extension builder). Debian's
// clang with wasi-libc stands in for wasi-sdk (editors/test.sh passes it as PERF_WASM_CC).
function compileAsZed(src, out) {
  execFileSync(process.env.PERF_WASM_CC || 'clang', ['--target=wasm32-wasi', '-fPIC', '-shared', '-Os',
    '-Wl,--export=tree_sitter_perf', '-o', out, '-I', src,
    path.join(src, 'parser.c'), path.join(src, 'scanner.c')], { stdio: 'pipe' });
}

const ZED_WASM = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'perf-zed-wasm-')), 'perf.wasm');
test.after(() => fs.rmSync(path.dirname(ZED_WASM), { recursive: true, force: true }));

const zedQuery = (language, name) =>
  new Query(language, fs.readFileSync(path.join(REPO, 'editors/zed/languages/perf', name), 'utf8'));

/** Every .perf file under `dir`. */
const documents = (dir) => fs.readdirSync(dir, { recursive: true })
  .filter((f) => f.endsWith('.perf')).map((f) => path.join(dir, f));

test("Zed: the grammar's WebAssembly loads in tree-sitter's WebAssembly runtime and parses and highlights every example", async () => {
  assert.ok(fs.existsSync(ZED_WASM), 'the setup.sh test above builds the grammar first');
  const module = new WebAssembly.Module(fs.readFileSync(ZED_WASM));
  // A WebAssembly grammar gets memory and a few globals from its host, no system interface:
  // a scanner calling into WASI (printing, say) fails to load in Zed.
  assert.deepStrictEqual([...new Set(WebAssembly.Module.imports(module).map((i) => i.module))], ['env']);
  await Parser.init();
  const language = await Language.load(ZED_WASM);
  const parser = new Parser();
  parser.setLanguage(language);
  const queries = ['highlights.scm', 'brackets.scm', 'indents.scm', 'outline.scm'].map((n) => zedQuery(language, n));
  const files = [...documents(path.join(REPO, 'examples')), path.join(__dirname, 'constructs.perf')];
  assert.ok(files.length > 20);
  for (const file of files) {
    const tree = parser.parse(fs.readFileSync(file, 'utf8'));
    assert.ok(!tree.rootNode.hasError, `${path.relative(REPO, file)} has a syntax error in the WebAssembly grammar`);
    for (const query of queries) query.captures(tree.rootNode);
  }
  // The scanner's word comparators: one before a number is an operator, a level that begins
  // with the same word (超过预期) is not.
  const tree = parser.parse('项目 "例" {\n  效益指标 {\n    社会效益指标 "次数" 超过 3 次\n'
    + '    社会效益指标 "满意" 超过预期\n  }\n}\n');
  assert.ok(!tree.rootNode.hasError, tree.rootNode.toString());
  const highlights = queries[0].captures(tree.rootNode);
  const captured = (row, text) => highlights
    .filter((c) => c.node.startPosition.row === row && c.node.text === text).map((c) => c.name);
  assert.deepStrictEqual(captured(2, '超过'), ['operator']);
  assert.deepStrictEqual(captured(2, '社会效益指标'), ['type']);
  assert.ok(!highlights.some((c) => c.node.startPosition.row === 3 && c.name === 'operator'));
  const outline = queries[3].captures(parser.parse(fs.readFileSync(path.join(REPO, 'examples/teaching/hello.perf'), 'utf8')).rootNode);
  assert.ok(outline.some((c) => c.name === 'item' && c.node.type === 'project'));
});
