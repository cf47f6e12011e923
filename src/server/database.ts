import type { Logger } from 'pino';
import { Client } from 'pg';
import type { Config } from '../config';
import fs from 'node:fs';
import path from 'node:path';
import { EMBEDDED_PASSWORD, startEmbeddedPostgres, withDatabase } from '../db/embedded-postgres';
import { inspectPreviousPostmaster } from '../db/previous-postmaster';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** The embedded PostgreSQL died under us; never called for DATABASE_URL. */
  onLost(listener: (cause: string) => void): void;
  stop(): Promise<void>;
}

const EMBEDDED_DB_NAME = 'lotgraph';

/** DATABASE_URL when set; otherwise an embedded PostgreSQL in the data dir with database `lotgraph`. */
export async function openDatabase(config: Config, log: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, onLost: () => undefined, stop: async () => undefined };
  const pgLog = log.child({ component: 'embedded-postgres' });
  const embedded = await startEmbeddedPostgres(config.dataDir, pgLog);
  try {
    const admin = new Client({ connectionString: embedded.url });
    await admin.connect();
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DB_NAME]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${EMBEDDED_DB_NAME}`);
    await admin.end();
  } catch (err) {
    await embedded.stop();
    throw err;
  }
  log.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');
  return { url: withDatabase(embedded.url, EMBEDDED_DB_NAME), embedded: true, onLost: embedded.onUnexpectedExit, stop: embedded.stop };
}

/**
 * For a command beside a server (backup): the embedded database a running Lotgraph process
 * serves is shared, never restarted (its port is in postmaster.pid); without one, it is started
 * for the command alone. DATABASE_URL is used as it is.
 */
export async function openDatabaseBeside(config: Config, log: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openDatabase(config, log);
  const databaseDir = path.join(config.dataDir, 'pg');
  if (inspectPreviousPostmaster(config.dataDir, databaseDir).kind !== 'in-use') return openDatabase(config, log);
  const port = Number(fs.readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const url = withDatabase(`postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`, EMBEDDED_DB_NAME);
  return { url, embedded: true, onLost: () => undefined, stop: async () => undefined };
}

/** True when the data dir already holds an embedded cluster (a restore needs a new one). */
export function holdsEmbeddedCluster(config: Config): boolean {
  return fs.existsSync(path.join(config.dataDir, 'pg', 'PG_VERSION'));
}
