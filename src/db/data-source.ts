import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import type pg from 'pg';
import type { Logger } from 'pino';
import { QueryLogger } from './query-logger';
import { guardedPg } from './guarded-pg';
import { migrations } from '../../migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

export interface DataSourceOptions {
  url: string;
  entities: EntityList;
  log: Logger;
  poolSize?: number;
  applicationName?: string;
  idleInTransactionTimeoutMs?: number;
  /** The migrations it knows; all of them unless a restore brings a database to an older one. */
  migrations?: MigrationList;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationList = Function[];

/** The names migrations are recorded under, in order: the schema version a database is at. */
export function migrationNames(list: MigrationList = migrations): string[] {
  return list.map((m) => new (m as new () => { name?: string })().name ?? m.name);
}

/** Builds the one DataSource of the process. Schema changes go through migrations only. */
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    driver: guardedPg(opts.log),
    url: opts.url,
    entities: opts.entities,
    migrations: opts.migrations ?? migrations,
    migrationsTableName: 'migrations',
    // One transaction per migration, as the server runs them; the TypeORM CLI reads this too.
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logger: new QueryLogger(opts.log),
    maxQueryExecutionTime: 1000,
    applicationName: opts.applicationName ?? 'lotgraph',
    extra: { max: opts.poolSize ?? 20, idle_in_transaction_session_timeout: opts.idleInTransactionTimeoutMs ?? 30_000 },
  });
}

/** node-postgres pool of an initialized DataSource (pool metrics, compiled reads). */
export function poolOf(ds: DataSource): pg.Pool | undefined {
  const driver = ds.driver as unknown as { master?: pg.Pool };
  return driver.master;
}

/** True when every migration the code knows has been applied. */
export async function migrationsApplied(ds: DataSource): Promise<boolean> {
  return !(await ds.showMigrations());
}
