import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { issueDevToken } from '../../src/core/auth/token-issuer';
import type { Role } from '../../src/core/authz/role';
import { TEST_JWT_SECRET } from './test-server';

export const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/src/main.js');

/** Compiles the server as `npm start` does; the processes below run the compiled code. */
export function buildServer(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

/** A private temp data dir (mode 0700, as `mktemp -d` makes); under root the server opens it to `postgres`. */
export function tempDataDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `lotgraph-${prefix}-`));
}

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves with the GraphQL URL once the server announced it; rejects if it exits first. */
  ready: Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  output(): string;
}

/** A real `node dist/src/main.js` process with `env` over a minimal environment. */
export function startServerProcess(env: Record<string, string>, readyTimeoutMs = 90_000): ServerProcess {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready:\n${output}`)), readyTimeoutMs);
    const check = () => {
      const match = /Lotgraph GraphQL API: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', () => {
      clearTimeout(timer);
      reject(new Error(`exited early:\n${output}`));
    });
  });
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => output };
}

/** The environment of a production server on an embedded database in `dataDir`. */
export function embeddedEnv(dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return { NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET, LOTGRAPH_DATA_DIR: dataDir, ...extra };
}

/** A token the servers above accept (they share TEST_JWT_SECRET). */
export function processToken(role: Role): string {
  const { jwt } = loadConfig({ JWT_SECRET: TEST_JWT_SECRET });
  return issueDevToken(jwt, TEST_JWT_SECRET, { sub: `test-${role.toLowerCase()}`, name: `Test ${role}`, roles: [role], siteIds: [] });
}

export interface PostResult<T> {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

export async function post<T>(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<PostResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: PostResult<T>['body'] = {};
  try {
    body = JSON.parse(text) as PostResult<T>['body'];
  } catch {
    // Not JSON: the caller asserts on status and text.
  }
  return { status: res.status, headers: res.headers, text, body };
}

/** The pid PostgreSQL recorded in the embedded data dir, or null. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  return Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
}

export function isRunning(pid: number): boolean {
  try {
    if (/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))) return false;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs a compiled command (`dist/scripts/<name>.js`) to its end. */
export function runScript(name: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/scripts', `${name}.js`), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}
