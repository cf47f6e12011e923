/** Lets a child Node process require the TypeScript sources directly, compiled by swc like Jest does. */
const fs = require('node:fs');
const Module = require('node:module');
const { transformSync } = require('@swc/core');
const options = require('./swc-options');

Module._extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename, sourceMaps: 'inline' });
  module._compile(code, filename);
};
