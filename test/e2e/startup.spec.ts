import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { buildServer, isRunning, postmasterPid, ROOT, startServerProcess, tempDataDir } from '../support/server-process';

const TOKEN = path.join(ROOT, 'dist/scripts/token.js');

/** The process a newcomer starts with `npm start`, on the embedded database in a temp data dir. */
function start(dataDir: string, env: Record<string, string> = {}) {
  return startServerProcess({ LOTGRAPH_DATA_DIR: dataDir, ...env }, 60_000);
}

async function query(url: string, token: string, q: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: q }) });
  return (await res.json()) as { data?: Record<string, { totalCount?: number }>; errors?: unknown[] };
}

function embeddedPostgresRunning(dataDir: string): boolean {
  const pid = postmasterPid(dataDir);
  return pid !== null && isRunning(pid);
}

describe('npm start on a fresh machine', () => {
  let dataDir: string;
  const children: ChildProcess[] = [];
  beforeAll(() => {
    buildServer();
    dataDir = tempDataDir('start');
  }, 120_000);
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on an embedded database, seeds demo data once, keeps it across a clean SIGTERM restart', async () => {
    const first = start(dataDir);
    children.push(first.child);
    const url = await first.ready;
    expect(fs.existsSync(path.join(dataDir, 'jwt-secret'))).toBe(true);
    const token = execFileSync(process.execPath, [TOKEN, '--role', 'QA_MANAGER'], { env: { PATH: process.env.PATH ?? '', LOTGRAPH_DATA_DIR: dataDir } }).toString().trim();
    const before = await query(url, token, '{ materials(first: 1) { totalCount } }');
    expect(before.data?.materials.totalCount).toBeGreaterThan(0);
    expect((await fetch(url.replace('/graphql', '/readyz'))).status).toBe(200);
    const me = (await query(url, token, '{ me { user { printedName roles } } sites(first: 5) { totalCount } customers(first: 5) { totalCount } }')) as unknown as {
      data: { me: { user: { printedName: string; roles: string[] } }; sites: { totalCount: number }; customers: { totalCount: number } };
    };
    expect(me.data.me.user).toEqual({ printedName: 'Demo qa manager', roles: ['QA_MANAGER'] });
    expect(me.data.sites.totalCount).toBe(2);
    expect(me.data.customers.totalCount).toBe(2);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped cleanly');
    expect(embeddedPostgresRunning(dataDir)).toBe(false);

    const second = start(dataDir);
    children.push(second.child);
    const url2 = await second.ready;
    const after = await query(url2, token, '{ materials(first: 1) { totalCount } }');
    expect(after.data?.materials.totalCount).toBe(before.data?.materials.totalCount);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);

  it.each([
    [{ PORT: 'http' }, 'PORT'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ JWKS_URL: 'not a url' }, 'JWKS_URL'],
  ])('refuses to start with %p and names %s', async (env, setting) => {
    const run = start(dataDir, env);
    children.push(run.child);
    expect(await run.exited).toBe(78);
    expect(run.output()).toContain(setting);
  }, 30_000);
});
