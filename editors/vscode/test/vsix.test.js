// The package users install: the .vsix of `npm run package` (PERF_VSIX names it; else this
// builds one), unpacked. It holds the manifest, the extension, its grammar and its one runtime
// dependency, none of the tests or the development packages; and the unpacked extension passes
// the same checks as the source (behaviour.js).
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const yauzl = require('yauzl');
const { CHECKS } = require('./behaviour');

const ROOT = path.join(__dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-vsix-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

function packaged() {
  if (process.env.PERF_VSIX) return path.resolve(process.env.PERF_VSIX);
  const vsix = path.join(work, 'perf-language.vsix');
  execFileSync('npm', ['run', '--silent', 'package', '--', '-o', vsix], { cwd: ROOT, stdio: 'pipe' });
  return vsix;
}

/** Unpacks `vsix` into `dir`; resolves to the names of its entries. */
function unzip(vsix, dir) {
  return new Promise((resolve, reject) => {
    const names = [];
    yauzl.open(vsix, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('error', reject);
      zip.on('end', () => resolve(names));
      zip.on('entry', (entry) => {
        names.push(entry.fileName);
        const target = path.join(dir, entry.fileName);
        if (!target.startsWith(dir + path.sep)) return reject(new Error(`${entry.fileName} leaves the package`));
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        fs.mkdirSync(path.dirname(target), { recursive: true });
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(error);
          stream.pipe(fs.createWriteStream(target)).on('finish', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}

test('the .vsix', async (t) => {
  const vsix = packaged();
  const dir = path.join(work, 'unpacked');
  const names = await unzip(vsix, dir);
  const extension = path.join(dir, 'extension');

  await t.test('holds the extension and its runtime dependency, not the tests or dev packages', () => {
    for (const name of [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/extension.js',
      'extension/language-configuration.json',
      'extension/syntaxes/perf.tmLanguage.json',
      'extension/readme.md',
      'extension/node_modules/vscode-languageclient/package.json',
    ]) {
      assert.ok(names.includes(name), `${name} missing`);
    }
    const unwanted = names.filter((n) =>
      /^extension\/(test\/|node_modules\/(vscode-textmate|vscode-oniguruma|@vscode\/vsce|yauzl)\/|.*\.vsix$)/.test(n),
    );
    assert.deepStrictEqual(unwanted, []);
    const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const shipped = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
    assert.deepStrictEqual(shipped.contributes, source.contributes);
    assert.deepStrictEqual(shipped.capabilities, source.capabilities);
    const manifest = fs.readFileSync(path.join(dir, 'extension.vsixmanifest'), 'utf8');
    assert.match(manifest, new RegExp(`<Identity [^>]*Id="${source.name}"[^>]*Version="${source.version}"[^>]*Publisher="${source.publisher}"`));
    // The client the extension requires resolves inside the package.
    const client = require.resolve('vscode-languageclient/node', { paths: [extension] });
    assert.ok(client.startsWith(extension + path.sep), client);
  });

  for (const [name, check] of Object.entries(CHECKS)) {
    await t.test(name, () => check(extension));
  }
});
