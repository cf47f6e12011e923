import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');

/**
 * PostGraphile v5 and the Node 22 it needs, both outside the project's dependencies: the packages
 * are installed into a cache directory on first use (`npm install --prefix`), Node 22 comes from
 * `.ci/node 22`. Progress goes to stderr.
 */
export function preparePostGraphile(): { cache: string; node: string } {
  const cache = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'lotgraph-bench', 'postgraphile-5');
  if (!fs.existsSync(path.join(cache, 'node_modules', 'postgraphile', 'package.json'))) {
    fs.mkdirSync(cache, { recursive: true });
    if (!fs.existsSync(path.join(cache, 'package.json'))) fs.writeFileSync(path.join(cache, 'package.json'), '{ "private": true }\n');
    process.stderr.write(`[compare] installing postgraphile@^5 into ${cache}\n`);
    execFileSync('npm', ['install', '--prefix', cache, '--no-audit', '--no-fund', 'postgraphile@^5', 'pg@^8'], { stdio: ['ignore', process.stderr, process.stderr] });
  }
  const bin = execFileSync(path.join(REPO, '.ci', 'node'), ['22'], { encoding: 'utf8', stdio: ['ignore', 'pipe', process.stderr] }).trim();
  return { cache, node: path.join(bin, 'node') };
}
