import 'reflect-metadata';
import { cliDataSource } from './src/server/cli-data-source';

/**
 * The TypeORM CLI's data source: `npm run migration:show|run|revert|generate` build the project
 * and run `typeorm -d dist/ormconfig.js`. It points at DATABASE_URL, or else at the embedded
 * PostgreSQL in LOTGRAPH_DATA_DIR, as the server does.
 */
export default cliDataSource();
