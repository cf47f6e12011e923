import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withDatabase } from '../../src/db/embedded-postgres';

/** Set by the global setup for every worker. */
export function testDatabaseEnv(): { adminUrl: string; template: string; prefix: string } {
  const adminUrl = process.env.LOTGRAPH_TEST_ADMIN_URL;
  const template = process.env.LOTGRAPH_TEST_TEMPLATE;
  const prefix = process.env.LOTGRAPH_TEST_PREFIX;
  if (!adminUrl || !template || !prefix) throw new Error('Run tests through jest (the global setup prepares the database)');
  return { adminUrl, template, prefix };
}

/** Runs `fn` on a connection to `adminUrl`, closed afterwards. */
export async function withAdmin<T>(adminUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, cloned from the migrated template (fast: a file copy). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const { adminUrl, template, prefix } = testDatabaseEnv();
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: withDatabase(adminUrl, name),
    drop: () => withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export async function dropDatabasesWithPrefix(adminUrl: string, prefix: string): Promise<void> {
  await withAdmin(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    for (const { datname } of rows) {
      await c.query(`ALTER DATABASE "${datname}" IS_TEMPLATE false`).catch(() => undefined);
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}
