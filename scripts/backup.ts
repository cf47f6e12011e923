import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { takeBackup } from '../src/db/backup/take-backup';
import { openDatabaseBeside } from '../src/server/database';
import { createLogger } from '../src/server/logger';
import { megabytes, runCommand } from './command';

/** npm run backup -- [--out FILE]: a consistent backup of the database while Lotgraph keeps serving. */
runCommand('backup', async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = loadConfig();
  const log = createLogger({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const out = values.out ?? `lotgraph-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z')}.backup`;
  const database = await openDatabaseBeside(config, log);
  try {
    const s = await takeBackup(database.url, out);
    process.stdout.write(`backup written: ${out}\n  ${s.tables} tables, ${s.rows} rows, ${megabytes(s.bytes)} of data, ${megabytes(s.fileBytes)} on disk, ${(s.ms / 1000).toFixed(1)} s\n`);
  } finally {
    await database.stop();
  }
});
