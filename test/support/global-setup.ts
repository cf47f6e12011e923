import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createClient } from 'redis';
import pino from 'pino';
import { startEmbeddedPostgres, withDatabase } from '../../src/db/embedded-postgres';
import { createDataSource } from '../../src/db/data-source';
import { dropDatabasesWithPrefix } from './test-database';

declare global {
  // eslint-disable-next-line no-var
  var __lotgraphTestTeardown: (() => Promise<void>) | undefined;
}

/**
 * The Redis the Redis-transport tests use, or '' when none answers. CI has one and must use
 * it; a developer machine without Redis runs every other test.
 */
async function reachableRedis(url: string): Promise<string> {
  const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    await client.quit();
    return url;
  } catch (err) {
    if (process.env.CI) throw new Error(`CI needs Redis at ${url}: ${String(err)}`);
    process.stderr.write(`No Redis at ${url}: the Redis transport tests are skipped (CI runs them)\n`);
    return '';
  }
}

/**
 * Once per `npm test`: a PostgreSQL (DATABASE_URL, or an embedded one in a temp dir), and a
 * template database with every migration applied, which each test file clones.
 */
export default async function globalSetup(): Promise<void> {
  const runId = randomBytes(3).toString('hex');
  const prefix = `lotgraph_test_${runId}`;
  let adminUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (!adminUrl) {
    // Private (0700) like `mktemp -d`: as root, startEmbeddedPostgres opens it to the postgres user.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotgraph-test-'));
    const embedded = await startEmbeddedPostgres(dataDir, { debug: () => undefined, warn: () => undefined });
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const template = `${prefix}_template`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();

  const ds = createDataSource({ url: withDatabase(adminUrl, template), entities: [], log: pino({ level: 'silent' }), poolSize: 1 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();

  process.env.LOTGRAPH_TEST_REDIS_URL = await reachableRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  process.env.LOTGRAPH_TEST_ADMIN_URL = adminUrl;
  process.env.LOTGRAPH_TEST_TEMPLATE = template;
  process.env.LOTGRAPH_TEST_PREFIX = prefix;
  globalThis.__lotgraphTestTeardown = async () => {
    await dropDatabasesWithPrefix(adminUrl as string, prefix);
    if (stopEmbedded) await stopEmbedded();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
