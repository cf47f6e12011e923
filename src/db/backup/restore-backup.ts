import { once } from 'node:events';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Logger } from 'pino';
import type { DataSource, QueryRunner } from 'typeorm';
import { migrations } from '../../../migrations';
import { AuditEntryEntity } from '../../core/audit/audit-entry.entity';
import { verifyAuditChain } from '../../core/audit/audit.service';
import { createDataSource, migrationNames } from '../data-source';
import { BackupFileError, checkBackup, readBackup, type BackupHeader, type BackupSection } from './backup-file';
import { distinctTransactionIds } from './take-backup';
import { advanceTransactionIds } from './transaction-ids';

/** A restore that must not go ahead; `exitCode` 64: not into that target, 65: not that backup. */
export class RestoreRefused extends Error {
  constructor(
    message: string,
    readonly exitCode: 64 | 65,
  ) {
    super(message);
  }
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  auditEntries: number;
  /** Migrations newer than the backup, applied after its rows were loaded. */
  upgradedBy: string[];
  ms: number;
}

/** The migrations the backup's rows belong to: a prefix of this code's, or the backup is refused. */
function migrationsOf(header: BackupHeader): number {
  const known = migrationNames();
  header.migrations.forEach((name, i) => {
    if (known[i] !== name) {
      throw new RestoreRefused(
        known.includes(name)
          ? `the backup's migrations are not in this code's order (${name} at ${i + 1}); restore it with the Lotgraph version that made it`
          : `the backup was made by a newer Lotgraph: its migration ${name} is unknown to this code; restore it with that version or later`,
        65,
      );
    }
  });
  return header.migrations.length;
}

async function refuseNonEmpty(ds: DataSource): Promise<void> {
  const [{ n }]: { n: number }[] = await ds.query(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
     WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')`,
  );
  if (n > 0) throw new RestoreRefused('the target database is not empty; restore into a new, empty database (or a new data dir)', 64);
}

async function load(runner: QueryRunner, { table, chunks }: BackupSection): Promise<number> {
  const client = (runner as unknown as { databaseConnection: Client }).databaseConnection;
  const quote = (name: string) => client.escapeIdentifier(name);
  const copy = client.query(copyFrom(`COPY ${quote(table.name)} (${table.columns.map(quote).join(', ')}) FROM STDIN`));
  const done = once(copy, 'finish');
  for await (const chunk of chunks) {
    if (!copy.write(chunk)) await once(copy, 'drain');
  }
  copy.end();
  await done;
  return copy.rowCount;
}

/**
 * Transaction ids in the rows (outbox positions) are the source cluster's; this cluster's ids
 * are elsewhere. They are renumbered 3, 4, ... in their order, below every id this cluster will
 * hand out (advanceTransactionIds made sure of that), so the relay and the webhook dispatcher
 * see the restored events as committed long ago and every new one after them.
 */
async function renumberTransactionIds(runner: QueryRunner, header: BackupHeader): Promise<void> {
  if (header.transactionIdColumns.length === 0) return;
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  await runner.query(`CREATE TEMP TABLE restored_xid ON COMMIT DROP AS
    SELECT x AS old, (row_number() OVER (ORDER BY x) + 2)::text::xid8 AS new FROM (${distinctTransactionIds(header.transactionIdColumns, quote)}) ids`);
  for (const { table, column } of header.transactionIdColumns) {
    await runner.query(`UPDATE ${quote(table)} t SET ${quote(column)} = m.new FROM restored_xid m WHERE t.${quote(column)} = m.old`);
  }
}

/**
 * Restores a backup into the empty database at `url`: migrations up to the backup's, every
 * row in one transaction (foreign keys and triggers held off as in a replica, since the rows
 * are a consistent snapshot already), sequences, transaction ids; the audit chain is verified
 * before the commit. Then migrations newer than the backup upgrade the restored data in place.
 */
export async function restoreBackup(file: string, url: string, log: Logger): Promise<RestoreSummary> {
  const started = Date.now();
  const header = await checkBackup(file);
  const upTo = migrationsOf(header);
  const ds = createDataSource({ url, entities: [AuditEntryEntity], log, poolSize: 2, migrations: migrations.slice(0, upTo), applicationName: 'lotgraph-restore' });
  await ds.initialize();
  let rows = 0;
  let auditEntries = 0;
  try {
    await refuseNonEmpty(ds);
    await ds.runMigrations({ transaction: 'each' });
    const spent = await advanceTransactionIds(url, header.transactionIds + 3);
    if (spent > 0) log.info({ spent }, 'transaction ids advanced past the restored outbox positions');
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL session_replication_role = replica');
      const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
      if (header.tables.length) await runner.query(`TRUNCATE ${header.tables.map((t) => quote(t.name)).join(', ')}`);
      await readBackup(
        file,
        async () => undefined,
        async (section) => {
          const loaded = await load(runner, section);
          rows += loaded;
          return loaded;
        },
      );
      await renumberTransactionIds(runner, header);
      for (const { name, lastValue } of header.sequences) {
        if (lastValue !== null) await runner.query('SELECT setval($1::regclass, $2::bigint, true)', [quote(name), lastValue]);
      }
      const chain = await verifyAuditChain(runner.manager);
      if (!chain.valid) throw new BackupFileError(`the restored audit trail is broken at entry ${String(chain.broken?.entry.id)}; nothing was restored`);
      auditEntries = chain.checkedEntries;
      await runner.commitTransaction();
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
  } finally {
    await ds.destroy();
  }
  const current = createDataSource({ url, entities: [], log, poolSize: 1, applicationName: 'lotgraph-restore' });
  await current.initialize();
  try {
    const upgradedBy = (await current.runMigrations({ transaction: 'each' })).map((m) => m.name);
    return { tables: header.tables.length, rows, auditEntries, upgradedBy, ms: Date.now() - started };
  } finally {
    await current.destroy();
  }
}
