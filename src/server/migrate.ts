import { DataSource, type Migration, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { STARTUP_LOCK, withClusterLockWaiting } from './cluster-lock';

export interface MigrateSettings {
  log: Logger;
  /** Longest wait for the start-up lock another process holds (STARTUP_LOCK_TIMEOUT_MS). */
  startupLockTimeoutMs: number;
  /** Longest wait of one DDL statement for a table lock (MIGRATION_LOCK_TIMEOUT_MS). */
  lockTimeoutMs: number;
}

/** The settings of `config`, logging to `log`. */
export function startupSettings(config: Config, log: Logger): MigrateSettings {
  return { log, startupLockTimeoutMs: config.startupLockTimeoutMs, lockTimeoutMs: config.migrationLockTimeoutMs };
}

/** Tries of a migration that gave up waiting for a table lock, before the start fails. */
export const MIGRATION_ATTEMPTS = 5;

/** A migration failed (and was rolled back, when it ran in a transaction); `message` names it. */
export class MigrationFailed extends Error {
  constructor(
    readonly migration: string,
    readonly cause: unknown,
    inTransaction: boolean,
  ) {
    const what = inTransaction ? 'failed and was rolled back (the database is as it was before it)' : 'failed outside a transaction (what it did before the failure stays; see the migration)';
    super(`migration ${migration} ${what}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }

  /** It gave up waiting for a lock held by a session that uses the tables (lock_timeout). */
  get lockTimeout(): boolean {
    const c = this.cause as { code?: string; driverError?: { code?: string } };
    return (c.driverError?.code ?? c.code) === '55P03';
  }
}

const guarded = new WeakSet<MigrationInterface>();

/**
 * Each migration runs with `lock_timeout` (SET LOCAL in its own transaction): a statement that
 * needs a table lock others hold gives up after `lockTimeoutMs` instead of queueing every reader
 * of that table behind it indefinitely. Its failure names it.
 */
function guardMigrations(dataSource: DataSource, lockTimeoutMs: number): void {
  for (const migration of dataSource.migrations) {
    if (guarded.has(migration)) continue;
    guarded.add(migration);
    const name = migration.name ?? migration.constructor.name;
    const up = migration.up.bind(migration);
    migration.up = async (q: QueryRunner) => {
      // Inside its transaction (migrationsTransactionMode 'each') the setting ends with it; a
      // migration that runs outside one (`transaction = false`) sets it for the session and resets it.
      const local = q.isTransactionActive;
      await q.query(`SELECT set_config('lock_timeout', $1, $2)`, [`${lockTimeoutMs}ms`, local]);
      try {
        await up(q);
      } catch (err) {
        throw new MigrationFailed(name, err, local);
      } finally {
        if (!local) await q.query('RESET lock_timeout').catch(() => undefined);
      }
    };
  }
}

/**
 * Applies the pending migrations (one transaction each) holding the start-up lock: a process
 * started beside one that is migrating waits for it, then finds nothing left to do. A migration
 * that times out waiting for a table lock is rolled back and tried again, up to
 * MIGRATION_ATTEMPTS times; any other failure rolls it back and throws MigrationFailed.
 * Returns the migrations applied.
 */
export async function migrateUnderStartupLock(dataSource: DataSource, settings: MigrateSettings, options: Parameters<DataSource['runMigrations']>[0] = { transaction: 'each' }): Promise<Migration[]> {
  const { log } = settings;
  return withClusterLockWaiting(dataSource, STARTUP_LOCK, { timeoutMs: settings.startupLockTimeoutMs, log, what: 'migrating the database' }, async () => {
    guardMigrations(dataSource, settings.lockTimeoutMs);
    const applied: Migration[] = [];
    for (let attempt = 1; ; attempt++) {
      try {
        // The prototype's method: the CLI's data source routes its own runMigrations here.
        applied.push(...(await DataSource.prototype.runMigrations.call(dataSource, options)));
        return applied;
      } catch (err) {
        if (!(err instanceof MigrationFailed) || !err.lockTimeout || attempt >= MIGRATION_ATTEMPTS) throw err;
        const pauseMs = 500 * attempt;
        log.warn(
          { migration: err.migration, attempt, of: MIGRATION_ATTEMPTS, lockTimeoutMs: settings.lockTimeoutMs, pauseMs },
          'a migration waited too long for a table lock that sessions using the table hold; rolled back, trying again',
        );
        await new Promise((r) => setTimeout(r, pauseMs));
      }
    }
  });
}

/** Makes `dataSource.runMigrations` (what the TypeORM CLI calls) migrate as the server does. */
export function runMigrationsAsTheServer(dataSource: DataSource, settings: MigrateSettings): void {
  dataSource.runMigrations = (options) => migrateUnderStartupLock(dataSource, settings, options);
}
