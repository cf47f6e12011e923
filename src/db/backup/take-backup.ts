import fs from 'node:fs';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BackupWriter, END_OF_TABLE, MAGIC, type BackupHeader, type BackupTable } from './backup-file';

export interface BackupSummary {
  tables: number;
  rows: number;
  /** Bytes of backup text before compression. */
  bytes: number;
  fileBytes: number;
  ms: number;
}

/** Every table of ours with the columns a restore can load (not generated ones), the migrations table apart. */
const TABLES = `
  SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
  WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'migrations'
  GROUP BY c.relname ORDER BY c.relname`;

const SEQUENCES = `
  SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences
  WHERE schemaname = 'public' AND format('%I.%I', schemaname, sequencename) IS DISTINCT FROM pg_get_serial_sequence('migrations', 'id')
  ORDER BY sequencename`;

const XID8_COLUMNS = `
  SELECT c.relname AS table, a.attname AS column
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.atttypid = 'xid8'::regtype AND NOT a.attisdropped
  ORDER BY 1, 2`;

export function distinctTransactionIds(columns: { table: string; column: string }[], quote: (name: string) => string): string {
  return columns.map((c) => `SELECT ${quote(c.column)} AS x FROM ${quote(c.table)}`).join(' UNION ');
}

/**
 * Writes a consistent backup of the database at `databaseUrl` while it keeps serving: every
 * table is read in one REPEATABLE READ READ ONLY transaction, so the file holds exactly the
 * transactions committed before it began (the audit chain whole, no half of a mutation), and
 * writers are never blocked.
 */
export async function takeBackup(databaseUrl: string, path: string): Promise<BackupSummary> {
  const started = Date.now();
  const client = new Client({ connectionString: databaseUrl, application_name: 'lotgraph-backup' });
  await client.connect();
  const writer = new BackupWriter(path);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const quote = (name: string) => client.escapeIdentifier(name);
    const migrations = (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
    const tables = (await client.query<BackupTable>(TABLES)).rows;
    const transactionIdColumns = (await client.query<{ table: string; column: string }>(XID8_COLUMNS)).rows;
    const transactionIds =
      transactionIdColumns.length === 0 ? 0 : Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM (${distinctTransactionIds(transactionIdColumns, quote)}) ids`)).rows[0].n);
    const header: BackupHeader = {
      format: 'lotgraph-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      postgresVersion: (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version,
      migrations,
      tables,
      // Read after the snapshot was taken, so never behind any id in the rows.
      sequences: (await client.query<{ name: string; lastValue: string | null }>(SEQUENCES)).rows,
      transactionIdColumns,
      transactionIds,
    };
    await writer.write(`${MAGIC}\n${JSON.stringify(header)}\n`);
    const rows: Record<string, number> = {};
    for (const table of tables) {
      rows[table.name] = 0;
      const copy = client.query(copyTo(`COPY ${quote(table.name)} (${table.columns.map(quote).join(', ')}) TO STDOUT`));
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows[table.name]++;
        await writer.write(chunk);
      }
      await writer.write(`${END_OF_TABLE}\n`);
    }
    await client.query('COMMIT');
    await writer.finish(rows);
    return {
      tables: tables.length,
      rows: Object.values(rows).reduce((a, b) => a + b, 0),
      bytes: writer.bytes,
      fileBytes: fs.statSync(path).size,
      ms: Date.now() - started,
    };
  } catch (err) {
    await writer.finish({}).catch(() => undefined);
    fs.rmSync(path, { force: true });
    throw err;
  } finally {
    await client.end();
  }
}
