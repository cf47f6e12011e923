import type { TestServer } from './test-server';

/**
 * Runs `during` while every INSERT into `table` fails inside PostgreSQL, as an outage or a
 * bug would: an unexpected error the server must roll back and must not explain to the client.
 */
export async function whileInsertsFail<T>(t: TestServer, table: string, during: () => Promise<T>): Promise<T> {
  await t.sql(`CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'injected failure: relation % is unavailable', TG_TABLE_NAME; END $$`);
  await t.sql(`CREATE TRIGGER inject_failure BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION inject_failure()`);
  try {
    return await during();
  } finally {
    await t.sql(`DROP TRIGGER inject_failure ON ${table}`);
    await t.sql('DROP FUNCTION inject_failure()');
  }
}
