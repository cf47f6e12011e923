import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { draftOnlyModeledChanges } from '../db/migration-drafts';
import { openDatabaseBeside } from './database';
import { serverEntities } from './entities';
import { createLogger } from './logger';
import { runMigrationsAsTheServer, startupSettings } from './migrate';

/**
 * The DataSource of the TypeORM CLI (`ormconfig.ts`, `npm run migration:*`): the server's
 * entities and migrations, on DATABASE_URL or else on the embedded PostgreSQL of
 * LOTGRAPH_DATA_DIR (shared with a Lotgraph process serving it, or started for the command).
 */
export async function cliDataSource(env: NodeJS.ProcessEnv = process.env): Promise<DataSource> {
  const config = loadConfig(env);
  const log = createLogger({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const database = await openDatabaseBeside(config, log);
  const dataSource = createDataSource({ url: database.url, entities: serverEntities(), log: log.child({ component: 'sql' }), poolSize: 2, applicationName: 'lotgraph-cli' });
  // The CLI prints what it does (the migrations it lists, runs and reverts) through TypeORM's console logger.
  dataSource.setOptions({ logger: 'advanced-console', logging: ['migration', 'error', 'warn'] });
  draftOnlyModeledChanges(dataSource);
  // migration:run takes the start-up lock and retries on lock timeouts as a starting server does;
  // it says when it waits for one (at info, which the CLI's logger otherwise leaves out).
  runMigrationsAsTheServer(dataSource, startupSettings(config, log.child({ component: 'migrations' }, { level: 'info' })));
  // The CLI destroys the DataSource when a command ends; an embedded PostgreSQL started for the
  // command stops with it (one shared with a server is left running).
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await destroy();
    await database.stop();
  };
  return dataSource;
}
