// Starts `perfc lsp` for .perf files; highlighting (the TextMate grammar) works without it.
//
// The server runs only in a trusted workspace: it reads the workspace's files and may run git
// in it. Its executable comes from `perf.server.path`, a machine setting that a workspace cannot
// set: a bare name is looked up on PATH (its absolute directories only), anything else must be
// an absolute path; a relative path is refused rather than resolved against some directory.
// A change of the setting, or the workspace becoming trusted, restarts the server.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

const SECTION = 'perf';
const SETTING = 'server.path';
const DEFAULT_COMMAND = 'perfc';

/** The running client, if any. */
let client;
/** Starts and stops, one after the other. */
let queue = Promise.resolve();

/**
 * The executable `configured` names: `{ path }`, or `{ error }` saying why there is none and
 * `missing` when it is only absent. A bare name is looked up in PATH's absolute directories; a
 * path must be absolute (`~/` is the home directory).
 */
function resolveServer(configured, env = process.env) {
  const value = String(configured ?? '').trim() || DEFAULT_COMMAND;
  const expanded = value === '~' || value.startsWith('~/') ? path.join(os.homedir(), value.slice(1)) : value;
  if (!/[\\/]/.test(expanded)) {
    const found = onPath(expanded, env);
    return found ? { path: found } : { error: `${value} is not on PATH`, missing: true };
  }
  if (!path.isAbsolute(expanded)) {
    return {
      error: `perf.server.path must be a command name or an absolute path, not the relative path ${value}`,
    };
  }
  return isExecutable(expanded) ? { path: expanded } : { error: `${value} is not an executable file` };
}

function onPath(command, env) {
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (env.PATH || '').split(path.delimiter)) {
    // A relative directory in PATH (`.`) would depend on the host's working directory.
    if (!path.isAbsolute(dir)) continue;
    for (const suffix of suffixes) {
      const candidate = path.join(dir, command + suffix);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

async function start() {
  if (!vscode.workspace.isTrusted) return; // Restricted Mode: highlighting only.
  const configured = vscode.workspace.getConfiguration(SECTION).get(SETTING, DEFAULT_COMMAND);
  const server = resolveServer(configured);
  if (server.error) {
    if (server.missing && configured === DEFAULT_COMMAND) {
      vscode.window.setStatusBarMessage(`perf: ${server.error}; highlighting only`, 10000);
    } else {
      vscode.window.showErrorMessage(`perf: ${server.error}. The language server is not started.`);
    }
    return;
  }
  client = new LanguageClient(
    'perf',
    'perfc',
    { command: server.path, args: ['lsp'] },
    {
      documentSelector: [
        { scheme: 'file', language: 'perf' },
        { scheme: 'untitled', language: 'perf' },
      ],
    },
  );
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(`perf: ${server.path} lsp did not start: ${err.message ?? err}`);
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

/** Stops the server if it runs, then starts it as the settings and the trust now say. */
function restart() {
  queue = queue.then(stop).then(start, start);
  return queue;
}

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.${SETTING}`)) restart();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart()),
  );
  await restart();
}

function deactivate() {
  queue = queue.then(stop, stop);
  return queue;
}

module.exports = { activate, deactivate, resolveServer };
