// Starts `perfc lsp` for .perf files when perfc can be found; highlighting works without it.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** The executable for `command`: a path as given, or the first match on PATH. */
function findExecutable(command) {
  if (command.includes('/') || command.includes('\\')) {
    return isExecutable(command) ? command : undefined;
  }
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
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

async function activate(context) {
  const configured = vscode.workspace.getConfiguration('perf').get('server.path', 'perfc');
  const executable = findExecutable(configured);
  if (!executable) {
    vscode.window.setStatusBarMessage(`perf: ${configured} not found; highlighting only`, 10000);
    return;
  }
  client = new LanguageClient(
    'perf',
    'perfc',
    { command: executable, args: ['lsp'] },
    { documentSelector: [{ scheme: 'file', language: 'perf' }, { scheme: 'untitled', language: 'perf' }] },
  );
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
