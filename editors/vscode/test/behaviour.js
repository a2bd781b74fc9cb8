// What the extension must do, checked on a folder holding it (the source, or the .vsix
// unpacked): the manifest's promises (Restricted Mode, a machine-scoped server path, format on
// save) and extension.js run against stand-ins (harness.js): the server starts with the right
// command, only in a trusted workspace, never from a relative path, and restarts when its
// setting changes.
'use strict';

const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { loadExtension } = require('./harness');

const made = [];
process.on('exit', () => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A directory with an executable `perfc` (a script: the stand-in client never runs it). */
function fakePerfc(name = 'perfc') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-vscode-'));
  made.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return { dir, file };
}

/** Runs `body` with PATH (and the working directory, if given) set, then restores them. */
async function withEnvironment({ PATH, cwd }, body) {
  const saved = { PATH: process.env.PATH, cwd: process.cwd() };
  process.env.PATH = PATH;
  if (cwd) process.chdir(cwd);
  try {
    return await body();
  } finally {
    process.env.PATH = saved.PATH;
    process.chdir(saved.cwd);
  }
}

const started = (log) => log.clients.filter((c) => c.started > c.stopped);

const CHECKS = {
  'the manifest: Restricted Mode, a machine-scoped server path, format on save'(dir) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.strictEqual(untrusted.supported, 'limited');
    assert.deepStrictEqual(untrusted.restrictedConfigurations, ['perf.server.path']);
    const setting = manifest.contributes.configuration.properties['perf.server.path'];
    assert.strictEqual(setting.scope, 'machine');
    assert.strictEqual(setting.default, 'perfc');
    assert.deepStrictEqual(manifest.contributes.configurationDefaults['[perf]'], {
      'editor.formatOnSave': true,
    });
    assert.deepStrictEqual(manifest.contributes.languages[0].extensions, ['.perf']);
    assert.ok(fs.existsSync(path.join(dir, manifest.main)), manifest.main);
    assert.ok(fs.existsSync(path.join(dir, manifest.contributes.grammars[0].path)));
    assert.ok(fs.existsSync(path.join(dir, manifest.contributes.languages[0].configuration)));
  },

  async 'activation starts `perfc lsp` found on PATH, for .perf documents'(dir) {
    const perfc = fakePerfc();
    await withEnvironment({ PATH: `${perfc.dir}${path.delimiter}/usr/bin` }, async () => {
      const { extension, log, context } = loadExtension(path.join(dir, 'extension.js'));
      await extension.activate(context);
      assert.strictEqual(log.clients.length, 1);
      const [client] = log.clients;
      assert.deepStrictEqual(client.serverOptions, { command: perfc.file, args: ['lsp'] });
      assert.ok(client.clientOptions.documentSelector.some((s) => s.language === 'perf' && s.scheme === 'file'));
      assert.strictEqual(client.started, 1);
      assert.strictEqual(context.subscriptions.length, 2);
      await extension.deactivate();
      assert.strictEqual(client.stopped, 1);
    });
  },

  async 'a change of perf.server.path restarts the server with the new executable'(dir) {
    const first = fakePerfc();
    const second = fakePerfc('perfc-nightly');
    await withEnvironment({ PATH: first.dir }, async () => {
      const run = loadExtension(path.join(dir, 'extension.js'));
      await run.extension.activate(run.context);
      await run.changeOtherSetting('editor.fontSize');
      assert.strictEqual(run.log.clients.length, 1, 'another setting restarts nothing');
      await run.changeSetting('perf.server.path', second.file);
      assert.strictEqual(run.log.clients.length, 2);
      assert.strictEqual(run.log.clients[0].stopped, 1, 'the old server is stopped');
      assert.deepStrictEqual(run.log.clients[1].serverOptions, { command: second.file, args: ['lsp'] });
      assert.deepStrictEqual(started(run.log), [run.log.clients[1]]);
      await run.changeSetting('perf.server.path', '/nonexistent/perfc');
      assert.deepStrictEqual(started(run.log), [], 'a path that is no executable stops the server');
      assert.match(run.log.messages.at(-1)[1], /not an executable file/);
      await run.extension.deactivate();
    });
  },

  async 'a relative path is refused, not resolved against the working directory'(dir) {
    // bin/perfc exists relative to the working directory, and `.` is in PATH: neither is used.
    const cwd = fakePerfc().dir;
    fs.mkdirSync(path.join(cwd, 'bin'));
    fs.copyFileSync(path.join(cwd, 'perfc'), path.join(cwd, 'bin', 'perfc'));
    fs.chmodSync(path.join(cwd, 'bin', 'perfc'), 0o755);
    await withEnvironment({ PATH: `.${path.delimiter}bin`, cwd }, async () => {
      for (const value of ['bin/perfc', './perfc']) {
        const run = loadExtension(path.join(dir, 'extension.js'), { settings: { 'perf.server.path': value } });
        await run.extension.activate(run.context);
        assert.deepStrictEqual(run.log.clients, [], value);
        assert.deepStrictEqual(run.log.messages.map(([kind]) => kind), ['error']);
        assert.match(run.log.messages[0][1], /absolute path, not the relative path/);
      }
      const run = loadExtension(path.join(dir, 'extension.js'));
      await run.extension.activate(run.context);
      assert.deepStrictEqual(run.log.clients, [], 'perfc found only through `.` in PATH');
      assert.deepStrictEqual(run.log.messages.map(([kind]) => kind), ['status']);
    });
  },

  async 'in Restricted Mode no server starts until the workspace is trusted'(dir) {
    const perfc = fakePerfc();
    await withEnvironment({ PATH: perfc.dir }, async () => {
      const run = loadExtension(path.join(dir, 'extension.js'), { trusted: false });
      await run.extension.activate(run.context);
      assert.deepStrictEqual(run.log.clients, []);
      await run.grantTrust();
      assert.strictEqual(started(run.log).length, 1);
      assert.strictEqual(run.log.clients[0].serverOptions.command, perfc.file);
      await run.extension.deactivate();
    });
  },

  'the server path: a name on PATH, an absolute path, `~/`'(dir) {
    const { extension } = loadExtension(path.join(dir, 'extension.js'));
    const perfc = fakePerfc();
    const env = { PATH: perfc.dir };
    assert.deepStrictEqual(extension.resolveServer('perfc', env), { path: perfc.file });
    assert.deepStrictEqual(extension.resolveServer('', env), { path: perfc.file });
    assert.deepStrictEqual(extension.resolveServer(perfc.file, env), { path: perfc.file });
    assert.ok(extension.resolveServer('perfc', { PATH: '' }).missing);
    const home = path.relative(os.homedir(), perfc.file);
    if (!home.startsWith('..')) {
      assert.deepStrictEqual(extension.resolveServer(`~/${home}`, env), { path: perfc.file });
    }
  },
};

module.exports = { CHECKS };
