import type { DataSource, QueryRunner } from 'typeorm';
import type { Logger } from 'pino';

/**
 * Every cluster-wide lock of Lotgraph is a PostgreSQL session advisory lock on its own
 * connection, keyed `hashtext('lotgraph-job:<name>')` (advisory keys are per database, so other
 * applications on the same server do not share them). A lock is released when its holder
 * unlocks it or when its session ends, so a process that dies (even by kill -9) never leaves
 * one behind.
 */
const keyOf = (name: string) => `lotgraph-job:${name}`;

/**
 * The start-up lock, `hashtext('lotgraph-job:startup')`: held while a process migrates the
 * database and seeds demo data (and by `npm run migration:run`), so processes started together
 * change the schema one at a time; the others wait for it, then find nothing left to do. Any
 * other schema change at run time (indexes for custom fields) takes it too.
 */
export const STARTUP_LOCK = 'startup';

/**
 * Runs `work` only if no other process of the cluster is running the same named work: a
 * PostgreSQL session advisory lock, held on its own connection for the duration. Returns
 * undefined when another process holds it.
 */
export async function withClusterLock<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<T | undefined> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }]: { locked: boolean }[] = await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [keyOf(name)]);
    if (!locked) return undefined;
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [keyOf(name)]);
    }
  } finally {
    await runner.release();
  }
}

/** The named lock could not be had within its time limit. */
export class ClusterLockTimeout extends Error {}

/**
 * Waits (at most `timeoutMs`) for the named lock and runs `work` holding it. A wait is logged
 * when it begins and when it ends; past the limit it fails with ClusterLockTimeout naming the
 * process that holds the lock.
 */
export async function withClusterLockWaiting<T>(dataSource: DataSource, name: string, opts: { timeoutMs: number; log: Logger; what: string }, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await acquire(runner, name, opts);
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [keyOf(name)]);
    }
  } finally {
    await runner.release();
  }
}

async function acquire(runner: QueryRunner, name: string, { timeoutMs, log, what }: { timeoutMs: number; log: Logger; what: string }): Promise<void> {
  const [{ locked }]: { locked: boolean }[] = await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [keyOf(name)]);
  if (locked) return;
  const holder = await holderOf(runner, name);
  log.info({ lock: name, holder, timeoutMs }, `waiting for another process to finish ${what}`);
  const started = Date.now();
  // lock_timeout bounds the wait for an advisory lock as for any other; it is reset for the session's later statements.
  await runner.query(`SELECT set_config('lock_timeout', $1, false)`, [`${timeoutMs}ms`]);
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext($1))`, [keyOf(name)]);
  } catch (err) {
    if ((err as { driverError?: { code?: string } }).driverError?.code !== '55P03') throw err;
    throw new ClusterLockTimeout(
      `another process (${await holderOf(runner, name)}) held the ${name} lock for ${what} longer than ${timeoutMs} ms; ` + 'raise STARTUP_LOCK_TIMEOUT_MS if it is still working, or end that session',
    );
  } finally {
    await runner.query(`RESET lock_timeout`).catch(() => undefined);
  }
  log.info({ lock: name, waitedMs: Date.now() - started }, `the other process finished ${what}; going on`);
}

/** Who holds the named lock, in words: application name, pid and client address of its session. */
async function holderOf(runner: QueryRunner, name: string): Promise<string> {
  const rows: { who: string }[] = await runner.query(
    `SELECT format('%s pid %s from %s', coalesce(nullif(a.application_name, ''), 'a session'), a.pid, coalesce(host(a.client_addr), 'local socket')) AS who
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.objid = hashtext($1)::oid AND l.objsubid = 1`,
    [keyOf(name)],
  );
  return rows[0]?.who ?? 'a session that has just ended';
}
