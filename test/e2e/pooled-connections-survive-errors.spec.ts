import pino from 'pino';
import type { PoolClient, Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { createTestDatabase } from '../support/test-database';

/**
 * A connection checked out of the pool and idle between statements (a session lock held through
 * a job) that the server ends must not take the process down with an unhandled 'error' event:
 * the pool stops listening while a connection is out, and the holder's listener may be gone.
 */
let db: { url: string; drop(): Promise<void> };
let ds: DataSource;
beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource({ url: db.url, entities: [], log: pino({ level: 'silent' }) });
  await ds.initialize();
});
afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

it('keeps listening for errors on a checked-out connection, which then dies without ending the process', async () => {
  const pool = (ds.driver as unknown as { master: Pool }).master;
  const client: PoolClient = await pool.connect();
  expect(client.listenerCount('error')).toBeGreaterThan(0);
  const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
  const ended = new Promise((resolve) => client.once('end', resolve));
  await ds.query('SELECT pg_terminate_backend($1)', [pid]);
  await ended;
  client.release(new Error('terminated'));
  // The process is alive and the pool serves on new connections.
  expect(await ds.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
});
