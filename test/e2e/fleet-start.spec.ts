import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import pino from 'pino';
import { migrations } from '../../migrations';
import { createDataSource, migrationNames } from '../../src/db/data-source';
import { withDatabase } from '../../src/db/embedded-postgres';
import { buildServer, post, processToken, ROOT, startServerProcess, until, type ServerProcess } from '../support/server-process';
import { testDatabaseEnv, withAdmin } from '../support/test-database';
import { TEST_JWT_SECRET } from '../support/test-server';

/**
 * Processes started together on one database (a fleet behind a load balancer, a rolling
 * deploy): one migrates under the start-up lock, the others wait for it and then serve.
 * Trials per scenario: TRIALS (each starts three real `node dist/src/main.js` processes).
 */
const TRIALS = 10;
const names = migrationNames();
/** The migration the "previous release" database lacks: it alters a table readers read (stock_balance). */
const PENDING = names.indexOf('ChangeWindows1764000001740');

const admin = <T>(fn: (c: Client) => Promise<T>, url = testDatabaseEnv().adminUrl): Promise<T> => withAdmin(url, fn);

/** A session of another program holding the start-up lock, as a process migrating would. */
async function startupLockHolder(url: string): Promise<Client> {
  const holder = new Client({ connectionString: url, application_name: 'fleet-test-holder' });
  await holder.connect();
  await holder.query(`SELECT pg_advisory_lock(hashtext('lotgraph-job:startup'))`);
  return holder;
}

const created = new Set<string>();
async function emptyDatabase(): Promise<string> {
  const { adminUrl, prefix } = testDatabaseEnv();
  const name = `${prefix}_fleet_${randomBytes(3).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  created.add(name);
  return withDatabase(adminUrl, name);
}

async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  created.delete(name);
}

/** A database as the previous release left it: migrated through the migration API up to (not including) PENDING. */
async function previousReleaseDatabase(): Promise<string> {
  const url = await emptyDatabase();
  const ds = createDataSource({ url, entities: [], log: pino({ level: 'silent' }), poolSize: 2, migrations: migrations.slice(0, PENDING), applicationName: 'fleet-test' });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  return url;
}

const running: ServerProcess[] = [];
function startServer(url: string, env: Record<string, string> = {}): ServerProcess {
  const p = startServerProcess({ NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: url, ...env }, 180_000);
  running.push(p);
  return p;
}

async function stop(p: ServerProcess): Promise<void> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
  await p.exited;
}

/** Log lines of a process (pino JSON) with the given msg. */
function logged(p: ServerProcess, msg: RegExp): Record<string, unknown>[] {
  return p
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => msg.test(String(l.msg)));
}

async function recordedMigrations(url: string): Promise<Record<string, number>> {
  return admin(async (c) => {
    const { rows } = await c.query<{ name: string; n: number }>('SELECT name, count(*)::int AS n FROM migrations GROUP BY name');
    return Object.fromEntries(rows.map((r) => [r.name, r.n]));
  }, url);
}

const once = Object.fromEntries(names.map((n) => [n, 1]));
const waited: number[] = [];

/** Three processes started at the same moment all become ready, answer /readyz 200, and stop cleanly. */
async function threeBecomeReady(url: string, env: Record<string, string> = {}, meanwhile?: (ps: ServerProcess[]) => Promise<void>) {
  const ps = [startServer(url, env), startServer(url, env), startServer(url, env)];
  const work = meanwhile?.(ps);
  const urls = await Promise.all(ps.map((p) => p.ready));
  await work;
  for (const u of urls) expect((await fetch(u.replace('/graphql', '/readyz'))).status).toBe(200);
  // One process applied the migrations; any other that came while it did waited and then found none.
  expect(ps.filter((p) => logged(p, /^migrations applied$/).length > 0)).toHaveLength(1);
  for (const p of ps) waited.push(...logged(p, /finished migrating the database/).map((l) => Number(l.waitedMs)));
  await Promise.all(ps.map(stop));
  expect(await Promise.all(ps.map((p) => p.exited))).toEqual([0, 0, 0]);
  expect(await recordedMigrations(url)).toEqual(once);
  return ps;
}

describe('several processes starting on one database', () => {
  beforeAll(() => buildServer(), 180_000);
  afterAll(async () => {
    for (const p of running) p.child.kill('SIGKILL');
    await admin(async (c) => {
      for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  }, 120_000);

  it(`on an empty database: three processes started at once all become ready, each migration recorded once (${TRIALS} trials)`, async () => {
    waited.length = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const url = await emptyDatabase();
      await threeBecomeReady(url);
      await dropDatabase(url);
    }
    console.log(`empty database, ${TRIALS} trials: ${waited.length} processes waited for the start-up lock, ms: ${waited.join(', ')}`);
  }, 1_800_000);

  it(`on the previous release's database while a session reads: all become ready; a migration that times out on a table lock is retried (${TRIALS} trials)`, async () => {
    waited.length = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const url = await previousReleaseDatabase();
      const reader = new Client({ connectionString: url, application_name: 'fleet-test-reader' });
      await reader.connect();
      // A reader inside a transaction on every table: the pending migration's ALTER TABLE must wait for it.
      const tables = (await reader.query<{ t: string }>(`SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.t);
      await reader.query('BEGIN');
      await reader.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS SHARE MODE`);
      const reads = { n: 0, stop: false };
      const ps = await threeBecomeReady(url, { MIGRATION_LOCK_TIMEOUT_MS: '300' }, async (servers) => {
        await until(() => servers.some((p) => logged(p, /trying again/).length > 0), 120_000, 'a migration to give up on the lock and try again');
        await reader.query('COMMIT');
        // Then short reads go on through the rest of the start-up.
        const loop = (async () => {
          while (!reads.stop) {
            await reader.query('SELECT count(*) FROM stock_balance');
            reads.n++;
          }
        })();
        await Promise.all(servers.map((p) => p.ready));
        reads.stop = true;
        await loop;
      });
      await reader.end();
      expect(reads.n).toBeGreaterThan(0);
      const retried = ps.flatMap((p) => logged(p, /trying again/));
      expect(retried[0]).toMatchObject({ migration: 'ChangeWindows1764000001740', attempt: 1 });
      await dropDatabase(url);
    }
    console.log(`previous release's database under reads, ${TRIALS} trials: ${waited.length} processes waited for the start-up lock, ms: ${waited.join(', ')}`);
  }, 1_800_000);

  it('in development on an empty database: three processes started at once seed the demo plant once, under the same lock', async () => {
    const url = await emptyDatabase();
    const ps = [0, 1, 2].map(() => startServer(url, { NODE_ENV: 'development', GRAPHQL_IDE: 'off' }));
    const urls = await Promise.all(ps.map((p) => p.ready));
    expect(ps.filter((p) => logged(p, /^demo data seeded$/).length > 0)).toHaveLength(1);
    const token = processToken('QA_MANAGER');
    const counts = await Promise.all(urls.map(async (u) => (await post<{ lots: { totalCount: number } }>(u, token, '{ lots(first: 1) { totalCount } }')).body.data?.lots.totalCount));
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(1);
    const seedWaits = ps.flatMap((p) => logged(p, /finished seeding demo data/).map((l) => Number(l.waitedMs)));
    console.log(`demo seeding: ${seedWaits.length} processes waited for the one seeding, ms: ${seedWaits.join(', ')}`);
    await Promise.all(ps.map(stop));
    expect(await Promise.all(ps.map((p) => p.exited))).toEqual([0, 0, 0]);
    await dropDatabase(url);
  }, 300_000);

  it('a failing migration is rolled back whole, the database is left as it was, and the exit names the migration', async () => {
    const url = await previousReleaseDatabase();
    // An object the pending migration creates after its first statements: it fails part way.
    await admin((c) => c.query(`CREATE FUNCTION webhook_delivery_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`), url);
    const schema = () =>
      admin(
        async (c) =>
          (
            await c.query(`
      SELECT table_name || '.' || column_name AS x FROM information_schema.columns WHERE table_schema = 'public'
      UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL SELECT name FROM migrations ORDER BY 1`)
          ).rows.map((r: { x: string }) => r.x),
        url,
      );
    const before = await schema();
    const p = startServer(url);
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain('migration ChangeWindows1764000001740 failed and was rolled back');
    expect(p.output()).toContain('function "webhook_delivery_touch" already exists');
    expect(await schema()).toEqual(before);
    expect(before).not.toContain('stock_balance.created_at');
  }, 300_000);

  it('a process waits for the start-up lock no longer than STARTUP_LOCK_TIMEOUT_MS and says who holds it', async () => {
    const url = await emptyDatabase();
    const holder = await startupLockHolder(url);
    const p = startServer(url, { STARTUP_LOCK_TIMEOUT_MS: '1000' });
    expect(await p.exited).toBe(1);
    await holder.end();
    expect(logged(p, /waiting for another process to finish migrating the database/)).toEqual([expect.objectContaining({ holder: expect.stringContaining('fleet-test-holder pid') })]);
    expect(p.output()).toContain('held the startup lock for migrating the database longer than 1000 ms');
    expect(await recordedMigrations(url).catch(() => 'no migrations table')).toBe('no migrations table');
  }, 300_000);

  it('npm run migration:run takes the same lock: it waits while a server migrates, then applies what is left', async () => {
    const url = await previousReleaseDatabase();
    const holder = await startupLockHolder(url);
    const cli = spawn(process.execPath, [path.join(ROOT, 'node_modules/typeorm/cli.js'), 'migration:run', '-d', 'dist/ormconfig.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    cli.stdout.on('data', (d: Buffer) => (out += d.toString()));
    cli.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => cli.on('exit', resolve));
    await until(() => out.includes('waiting for another process to finish migrating the database'), 120_000, 'migration:run to wait for the lock');
    expect(Object.keys(await recordedMigrations(url))).toHaveLength(PENDING);
    await holder.end();
    expect(await exited).toBe(0);
    expect(out).toContain('Migration ChangeWindows1764000001740 has been executed successfully.');
    expect(await recordedMigrations(url)).toEqual(once);
  }, 300_000);
});
