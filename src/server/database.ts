import type { Logger } from 'pino';
import { Client } from 'pg';
import type { Config } from '../config';
import { startEmbeddedPostgres, withDatabase } from '../db/embedded-postgres';

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
