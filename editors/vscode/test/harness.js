// Loads an extension.js (the source's, or the one unpacked from the .vsix) in Node with
// stand-ins for the `vscode` module and vscode-languageclient's LanguageClient, which record
// what the extension does: the clients it creates, starts and stops, the messages it shows.
'use strict';

const Module = require('node:module');
const path = require('node:path');

/** Loads `extensionPath` afresh; `settings` is perf's configuration, `trusted` the workspace's. */
function loadExtension(extensionPath, { settings = {}, trusted = true } = {}) {
  const events = { configuration: [], trust: [] };
  const log = { clients: [], messages: [] };

  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: 0, stopped: 0 });
      log.clients.push(this);
    }
    async start() {
      this.started += 1;
    }
    async stop() {
      this.stopped += 1;
    }
  }

  const vscode = {
    workspace: {
      isTrusted: trusted,
      getConfiguration: (section) => ({
        get: (key, fallback) => {
          const value = settings[`${section}.${key}`];
          return value === undefined ? fallback : value;
        },
      }),
      onDidChangeConfiguration: (listener) => subscribe(events.configuration, listener),
      onDidGrantWorkspaceTrust: (listener) => subscribe(events.trust, listener),
    },
    window: {
      showErrorMessage: (message) => log.messages.push(['error', message]),
      showWarningMessage: (message) => log.messages.push(['warning', message]),
      setStatusBarMessage: (message) => log.messages.push(['status', message]),
    },
  };

  const stubs = { vscode, 'vscode-languageclient/node': { LanguageClient } };
  const resolve = Module._resolveFilename;
  const load = Module._load;
  Module._load = function (request, parent, ...rest) {
    if (request in stubs) return stubs[request];
    return load.call(this, request, parent, ...rest);
  };
  try {
    const file = require.resolve(path.resolve(extensionPath));
    delete require.cache[file];
    const extension = require(file);
    return {
      extension,
      log,
      settings,
      context: { subscriptions: [] },
      /** Changes perf's settings and fires the configuration event for `changed`. */
      async changeSetting(key, value) {
        settings[key] = value;
        await fire(events.configuration, { affectsConfiguration: (name) => name === key });
      },
      async changeOtherSetting(key) {
        await fire(events.configuration, { affectsConfiguration: (name) => name === key });
      },
      async grantTrust() {
        vscode.workspace.isTrusted = true;
        await fire(events.trust, undefined);
      },
    };
  } finally {
    Module._load = load;
    Module._resolveFilename = resolve;
  }
}

function subscribe(listeners, listener) {
  listeners.push(listener);
  return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
}

/** Fires an event and lets the restart it causes run to its end. */
async function fire(listeners, event) {
  for (const listener of listeners) listener(event);
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

module.exports = { loadExtension };
