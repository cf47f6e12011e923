// `npm install` / `npm ci` run this (the package's `prepare` script): build once, so that
// `npm run token` and the other commands start without compiling. Skipped where there is nothing
// to build with (a production install without dev dependencies, or a Docker layer installing
// dependencies before the sources are copied; package.json's `prepare` skips when this file is absent).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (fs.existsSync(tsc) && fs.existsSync(path.join(root, 'src')) && fs.existsSync(path.join(root, 'tsconfig.build.json'))) {
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
}
