// The extension as it is in the source folder (behaviour.js says what is checked).
'use strict';

const test = require('node:test');
const path = require('node:path');
const { CHECKS } = require('./behaviour');

for (const [name, check] of Object.entries(CHECKS)) {
  test(name, () => check(path.join(__dirname, '..')));
}
