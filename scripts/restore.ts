import 'reflect-metadata';
import fs from 'node:fs';
import { loadConfig } from '../src/config';
import { restoreBackup } from '../src/db/backup/restore-backup';
import { holdsEmbeddedCluster, openDatabase } from '../src/server/database';
import { createLogger } from '../src/server/logger';
import { runCommand, UsageError } from './command';

/** npm run restore -- FILE: into a new LOTGRAPH_DATA_DIR, or into the empty database DATABASE_URL names. */
runCommand('restore', async () => {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) throw new UsageError('usage: npm run restore -- FILE (a backup written by npm run backup)');
  const config = loadConfig();
  const log = createLogger({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  if (!config.databaseUrl && holdsEmbeddedCluster(config)) {
    throw new UsageError(`LOTGRAPH_DATA_DIR ${config.dataDir} already holds a database; restore into a new data dir`);
  }
  const newDataDir = !config.databaseUrl && !fs.existsSync(config.dataDir);
  const database = await openDatabase(config, log);
  try {
    const s = await restoreBackup(file, database.url, log);
    process.stdout.write(
      `restored ${file}${config.databaseUrl ? '' : ` into ${config.dataDir}`}\n  ${s.tables} tables, ${s.rows} rows, audit trail verified (${s.auditEntries} entries), ${(s.ms / 1000).toFixed(1)} s\n`,
    );
    if (s.upgradedBy.length) process.stdout.write(`  upgraded by ${s.upgradedBy.join(', ')}\n`);
    await database.stop();
  } catch (err) {
    await database.stop();
    // A half-made embedded cluster would refuse the next try: it goes, with the data dir if we made it.
    if (!config.databaseUrl) fs.rmSync(newDataDir ? config.dataDir : `${config.dataDir}/pg`, { recursive: true, force: true });
    throw err;
  }
});
