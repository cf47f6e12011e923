// Preloaded by `npm run token|backup|restore` (node -r ./scripts/require-build.cjs dist/scripts/X.js):
// builds the TypeScript once when dist/ is missing or older than a source file, and otherwise
// costs a few stat calls, so commands do not recompile on every run.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const SOURCES = ['src', 'scripts', 'migrations', 'bench'];

function newestSource(dir, newest) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return newest;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) newest = newestSource(full, newest);
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** When the last build wrote anything: an incremental build rewrites only the outputs that changed. */
function builtAt(script) {
  try {
    fs.statSync(script);
  } catch {
    return -1;
  }
  for (const marker of [path.join(root, 'dist', '.tsbuildinfo'), script]) {
    try {
      return fs.statSync(marker).mtimeMs;
    } catch {
      // no build info: an older build; judge by the script itself
    }
  }
  return -1;
}

const script = process.argv[1] ? path.resolve(process.argv[1]) : null;
if (script && script.startsWith(path.join(root, 'dist') + path.sep)) {
  const built = builtAt(script);
  const newest = SOURCES.reduce((n, d) => newestSource(path.join(root, d), n), 0);
  if (built < 0 || newest > built) {
    process.stderr.write(built < 0 ? 'lotgraph: building (first run)...\n' : 'lotgraph: sources changed since the last build, building...\n');
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    // A source touched without a change rewrites nothing: mark the build as done anyway.
    const info = path.join(root, 'dist', '.tsbuildinfo');
    if (fs.existsSync(info)) fs.utimesSync(info, new Date(), new Date());
  }
}
