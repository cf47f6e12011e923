import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { buildServer, isRunning, postmasterPid, ROOT, startServerProcess, tempDataDir } from '../support/server-process';

const TOKEN = path.join(ROOT, 'dist/scripts/token.js');

/**
 * The process a newcomer starts with `npm start`, on the embedded database in a temp data dir.
 * The first start seeds the demo plant through the services (about 300 audited changes and some
 * twenty scrypt password checks for its signatures: 25-33 s measured under a load of 16-27 on
 * 2 cores, where one scrypt check took half a second).
 */
function start(dataDir: string, env: Record<string, string> = {}) {
  return startServerProcess({ LOTGRAPH_DATA_DIR: dataDir, ...env }, 120_000);
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
    const token = execFileSync(process.execPath, [TOKEN, '--role', 'QA_MANAGER'], { env: { PATH: process.env.PATH ?? '', LOTGRAPH_DATA_DIR: dataDir } })
      .toString()
      .trim();
    const before = await query(url, token, '{ materials(first: 1) { totalCount } }');
    expect(before.data?.materials.totalCount).toBeGreaterThan(0);
    expect((await fetch(url.replace('/graphql', '/readyz'))).status).toBe(200);
    const me = (await query(url, token, '{ me { user { printedName roles } } sites(first: 5) { totalCount } customers(first: 5) { totalCount } }')) as unknown as {
      data: { me: { user: { printedName: string; roles: string[] } }; sites: { totalCount: number }; customers: { totalCount: number } };
    };
    expect(me.data.me.user).toEqual({ printedName: 'Li Na 李娜', roles: ['QA_MANAGER'] });
    expect(me.data.sites.totalCount).toBe(2);
    expect(me.data.customers.totalCount).toBe(3);

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
  }, 240_000);

  it("lists the demo users and mints a demo user's token without building again (built once at install)", async () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['-r', path.join(ROOT, 'scripts/require-build.cjs'), TOKEN, ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', LOTGRAPH_DATA_DIR: dataDir },
      });
    const builtAt = fs.statSync(TOKEN).mtimeMs;
    const list = run('--list');
    expect(list.status).toBe(0);
    expect(list.stderr.toString()).toBe('');
    expect(list.stdout.toString()).toMatch(/demo-supplier\s+SUPPLIER\s+Anna Keller .*supplier sup_[0-9a-f]{32}/);
    expect(list.stdout.toString()).toMatch(/demo-qa-manager\s+QA_MANAGER/);
    const minted = run('--user', 'demo-supplier');
    expect(minted.status).toBe(0);
    const claims = JSON.parse(Buffer.from(minted.stdout.toString().trim().split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: 'demo-supplier', name: 'Anna Keller', roles: ['SUPPLIER'], supplierId: expect.stringMatching(/^sup_/) });
    expect(run('--user', 'nobody').status).toBe(2);
    expect(fs.statSync(TOKEN).mtimeMs).toBe(builtAt);
  }, 30_000);

  it.each([
    [{ PORT: 'http' }, 'PORT'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ JWKS_URL: 'not a url' }, 'JWKS_URL'],
  ])(
    'refuses to start with %p and names %s',
    async (env, setting) => {
      const run = start(dataDir, env);
      children.push(run.child);
      expect(await run.exited).toBe(78);
      expect(run.output()).toContain(setting);
    },
    30_000,
  );
});
