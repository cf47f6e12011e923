import fs from 'node:fs';
import { once } from 'node:events';
import { createHash, type Hash } from 'node:crypto';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';

/**
 * A Lotgraph backup is one gzip file of text lines:
 *
 *   LOTGRAPH BACKUP 1
 *   {header: format, when, migrations, tables and columns, sequences}
 *   per table, in the header's order: its rows in PostgreSQL COPY text format, then `\.`
 *   END {trailer: rows per table, sha256 of every byte above}
 *
 * A COPY text row is one line (newlines inside values are escaped), so a reader finds every
 * section by lines alone, and the checksum tells a whole file from a cut or altered one.
 */
export const MAGIC = 'LOTGRAPH BACKUP 1';
export const END_OF_TABLE = '\\.';
const END = 'END ';

export interface BackupTable {
  name: string;
  columns: string[];
}

export interface BackupHeader {
  format: 'lotgraph-backup';
  version: 1;
  createdAt: string;
  postgresVersion: string;
  /** Applied migrations, in order: the schema the rows belong to. */
  migrations: string[];
  tables: BackupTable[];
  /** Sequence positions; null: never used. */
  sequences: { name: string; lastValue: string | null }[];
  /** Columns of type xid8 (transaction ids of the source cluster, which a restore renumbers). */
  transactionIdColumns: { table: string; column: string }[];
  /** How many distinct transaction ids those columns hold. */
  transactionIds: number;
}

export interface BackupTrailer {
  rows: Record<string, number>;
  sha256: string;
}

export class BackupFileError extends Error {}

/** Writes a backup: plain text hashed as it goes, gzip on disk. */
export class BackupWriter {
  private readonly hash: Hash = createHash('sha256');
  private readonly gzip: Gzip = createGzip();
  private readonly file: fs.WriteStream;
  private readonly finished: Promise<unknown>;
  bytes = 0;

  constructor(path: string) {
    this.file = fs.createWriteStream(path, { flags: 'wx', mode: 0o600 });
    this.gzip.pipe(this.file);
    this.finished = once(this.file, 'close');
    this.file.on('error', () => undefined);
  }

  async write(chunk: Buffer | string): Promise<void> {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.hash.update(buf);
    this.bytes += buf.length;
    if (!this.gzip.write(buf)) await once(this.gzip, 'drain');
  }

  async finish(rows: Record<string, number>): Promise<void> {
    const trailer: BackupTrailer = { rows, sha256: this.hash.digest('hex') };
    this.gzip.end(`${END}${JSON.stringify(trailer)}\n`);
    await this.finished;
  }
}

/** The file's lines (without their newline), each as read. */
async function* lines(path: string): AsyncGenerator<Buffer> {
  const gunzip = fs.createReadStream(path).pipe(createGunzip());
  let rest: Buffer = Buffer.alloc(0);
  const chunks = (async function* () {
    try {
      yield* gunzip as AsyncIterable<Buffer>;
    } catch (err) {
      throw new BackupFileError(`the backup is not a whole gzip file (${(err as Error).message})`);
    }
  })();
  for await (const chunk of chunks) {
    let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      yield buf.subarray(start, nl);
      start = nl + 1;
    }
    buf = buf.subarray(start);
    rest = Buffer.from(buf);
  }
  if (rest.length) yield rest;
}

export interface BackupSection {
  table: BackupTable;
  /** The table's COPY text, in chunks of whole lines. */
  chunks: AsyncGenerator<Buffer>;
}

/**
 * Reads a backup in one pass: the header, then each table's rows for `onTable` to load, then
 * checks the trailer's counts and checksum. A file that fails any check throws BackupFileError.
 */
export async function readBackup(
  path: string,
  onHeader: (header: BackupHeader) => Promise<void>,
  onTable: (section: BackupSection) => Promise<number>,
): Promise<{ header: BackupHeader; trailer: BackupTrailer }> {
  const hash = createHash('sha256');
  const source = lines(path);
  // Every line counts in the checksum but the trailer's own.
  const next = async (hashed = true): Promise<Buffer> => {
    const { value, done } = await source.next();
    if (done) throw new BackupFileError('the backup ends early: it is incomplete');
    if (hashed) hash.update(value).update('\n');
    return value;
  };
  if ((await next()).toString() !== MAGIC) throw new BackupFileError('not a Lotgraph backup (no LOTGRAPH BACKUP 1 line)');
  let header: BackupHeader;
  try {
    header = JSON.parse((await next()).toString()) as BackupHeader;
  } catch {
    throw new BackupFileError('the backup header is not readable');
  }
  if (header.format !== 'lotgraph-backup' || header.version !== 1) throw new BackupFileError('unknown backup format version');
  await onHeader(header);
  const counted: Record<string, number> = {};
  for (const table of header.tables) {
    let rows = 0;
    async function* chunks(): AsyncGenerator<Buffer> {
      let batch: Buffer[] = [];
      let size = 0;
      for (let line = await next(); line.toString() !== END_OF_TABLE; line = await next()) {
        rows++;
        batch.push(line, NEWLINE);
        size += line.length + 1;
        if (size >= 256 * 1024) {
          yield Buffer.concat(batch);
          batch = [];
          size = 0;
        }
      }
      if (batch.length) yield Buffer.concat(batch);
    }
    const loaded = await onTable({ table, chunks: chunks() });
    if (loaded !== rows) throw new BackupFileError(`table ${table.name}: ${rows} rows in the file, ${loaded} loaded`);
    counted[table.name] = rows;
  }
  const last = (await next(false)).toString();
  if (!last.startsWith(END)) throw new BackupFileError('the backup has no trailer: it is incomplete');
  let trailer: BackupTrailer;
  try {
    trailer = JSON.parse(last.slice(END.length)) as BackupTrailer;
  } catch {
    throw new BackupFileError('the backup trailer is not readable');
  }
  if (trailer.sha256 !== hash.digest('hex')) throw new BackupFileError('the backup checksum does not match: the file was altered or damaged');
  for (const table of header.tables) {
    if (trailer.rows[table.name] !== counted[table.name]) throw new BackupFileError(`table ${table.name}: the trailer counts ${trailer.rows[table.name]} rows, the file holds ${counted[table.name]}`);
  }
  return { header, trailer };
}

const NEWLINE = Buffer.from('\n');

/** Reads the whole file without loading anything: its header, or it throws BackupFileError. */
export async function checkBackup(path: string): Promise<BackupHeader> {
  const { header } = await readBackup(
    path,
    async () => undefined,
    async ({ chunks }) => {
      let rows = 0;
      for await (const chunk of chunks) for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
      return rows;
    },
  );
  return header;
}
