import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildServer, embeddedEnv, post, processToken, startServerProcess, type ServerProcess } from '../support/server-process';
import { firstBlocked, maySearch } from '../../src/db/postgres-user';

const asRoot = os.userInfo().uid === 0;
const postgresGid = () => Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());

/** What a newcomer types: a private temp dir, exactly as `mktemp -d` makes it (mode 0700). */
function mktemp(): string {
  return execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim();
}

describe('the embedded database in a private data dir (as root it runs as the postgres user)', () => {
  const dirs: string[] = [];
  const processes: ServerProcess[] = [];
  const start = (dataDir: string) => {
    const p = startServerProcess(embeddedEnv(dataDir), 60_000);
    processes.push(p);
    return p;
  };
  beforeAll(() => buildServer(), 120_000);
  afterAll(() => {
    for (const p of processes) p.child.kill('SIGKILL');
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('starts on a data dir made by mktemp -d and opens it to the postgres group for search only', async () => {
    const dataDir = mktemp();
    dirs.push(dataDir);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    const server = start(dataDir);
    const url = await server.ready;
    const res = await post<{ materials: { totalCount: number } }>(url, processToken('QA_MANAGER'), '{ materials(first: 1) { totalCount } }');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.materials.totalCount).toBe(0);
    const stat = fs.statSync(dataDir);
    if (asRoot) {
      expect(stat.gid).toBe(postgresGid());
      expect(stat.mode & 0o777).toBe(0o710);
      expect(server.output()).toMatch(new RegExp(`the data dir ${dataDir} was closed to the .*its group is now postgres with search permission \\(mode 0710\\)`));
    } else {
      // Not root: PostgreSQL runs as this user, who owns the dir; nothing is opened.
      expect(stat.mode & 0o777).toBe(0o700);
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 90_000);

  it('refuses a data dir inside a private directory with the command that opens it, and starts once it is run', async () => {
    const parent = mktemp();
    dirs.push(parent);
    const dataDir = path.join(parent, 'data');
    const refused = start(dataDir);
    if (!asRoot) {
      await refused.ready;
      refused.child.kill('SIGTERM');
      expect(await refused.exited).toBe(0);
      return;
    }
    await expect(refused.ready).rejects.toThrow(/exited early/);
    expect(await refused.exited).not.toBe(0);
    const advice = `chgrp postgres ${parent} && chmod g+x ${parent}`;
    expect(refused.output()).toContain(`it may not enter ${parent} (mode 0700, owner uid 0, group gid 0)`);
    expect(refused.output()).toContain(advice);
    // Nothing was half-made that would trip the next start.
    expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(false);

    execFileSync('sh', ['-c', advice]);
    const server = start(dataDir);
    const url = await server.ready;
    const res = await post<{ materials: { totalCount: number } }>(url, processToken('QA_MANAGER'), '{ materials(first: 1) { totalCount } }');
    expect(res.body.data?.materials.totalCount).toBe(0);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 90_000);
});

describe('who may enter a directory, as a process spawned with a uid and gid sees it', () => {
  const account = { uid: 4242, gid: 4343 };
  it('lets the owner through on the owner bit only, the group on the group bit only, others on the other bit', () => {
    expect(maySearch({ uid: 4242, gid: 0, mode: 0o700 }, account)).toBe(true);
    expect(maySearch({ uid: 4242, gid: 4343, mode: 0o070 }, account)).toBe(false);
    expect(maySearch({ uid: 0, gid: 4343, mode: 0o710 }, account)).toBe(true);
    expect(maySearch({ uid: 0, gid: 4343, mode: 0o701 }, account)).toBe(false);
    expect(maySearch({ uid: 0, gid: 0, mode: 0o701 }, account)).toBe(true);
    expect(maySearch({ uid: 0, gid: 0, mode: 0o770 }, account)).toBe(false);
  });

  it('names the first closed directory on the way down', () => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'lotgraph-blocked-'));
    try {
      fs.mkdirSync(path.join(top, 'a', 'b'), { recursive: true, mode: 0o755 });
      fs.chmodSync(path.join(top, 'a'), 0o700);
      expect(firstBlocked(path.join(top, 'a', 'b'), account)?.dir).toBe(top);
      fs.chmodSync(top, 0o711);
      expect(firstBlocked(path.join(top, 'a', 'b'), account)?.dir).toBe(path.join(top, 'a'));
      fs.chmodSync(path.join(top, 'a'), 0o755);
      expect(firstBlocked(path.join(top, 'a', 'b'), account)).toBeUndefined();
    } finally {
      fs.rmSync(top, { recursive: true, force: true });
    }
  });
});
