import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { withDatabase } from '../../src/db/embedded-postgres';
import { readBack, startWriters, type Acknowledged } from '../support/acknowledged-writes';
import { testDatabaseEnv } from '../support/test-database';
import { subscribe, TEST_JWT_SECRET } from '../support/test-server';
import { buildServer, embeddedEnv, post, processToken, runScript, startServerProcess, tempDataDir, until, type ServerProcess } from '../support/server-process';

const VERIFY = '{ verifyAuditTrail { valid checkedEntries } }';
type Verification = { verifyAuditTrail: { valid: boolean; checkedEntries: number } };

/** Rewrites a backup's text with `edit` and a matching checksum, as a forger (or another version) would. */
function rewriteBackup(from: string, to: string, edit: (lines: string[]) => void) {
  const lines = gunzipSync(fs.readFileSync(from)).toString().split('\n');
  lines.pop();
  const trailer = JSON.parse(lines.pop()!.slice(4)) as { rows: Record<string, number>; sha256: string };
  edit(lines);
  const body = `${lines.join('\n')}\n`;
  trailer.sha256 = createHash('sha256').update(body).digest('hex');
  fs.writeFileSync(to, gzipSync(`${body}END ${JSON.stringify(trailer)}\n`));
}

async function admin<T>(fn: (c: PgClient) => Promise<T>): Promise<T> {
  const c = new PgClient({ connectionString: testDatabaseEnv().adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** An empty database (not cloned from the migrated template): what a restore with DATABASE_URL starts from. */
async function emptyDatabase(suffix: string): Promise<string> {
  const name = `${testDatabaseEnv().prefix}_${suffix}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return withDatabase(testDatabaseEnv().adminUrl, name);
}

async function tableCount(url: string): Promise<number> {
  const c = new PgClient({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n;
  } finally {
    await c.end();
  }
}

describe('npm run backup and npm run restore', () => {
  const dirs: string[] = [];
  const processes: ServerProcess[] = [];
  const sockets: Client[] = [];
  const dir = (name: string) => {
    const d = tempDataDir(name);
    dirs.push(d);
    return d;
  };
  const start = (env: Record<string, string>) => {
    const p = startServerProcess(env);
    processes.push(p);
    return p;
  };
  const stop = async (p: ServerProcess) => {
    p.child.kill('SIGTERM');
    const code = await p.exited;
    // On failure, say how it ended and what it printed: a bare `null` tells nothing.
    if (code !== 0) throw new Error(`exited ${code} (signal ${p.child.signalCode}):\n${p.output().slice(-4000)}`);
  };
  const productionEnv = (url: string) => ({ DATABASE_URL: url, NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET });
  let backupFile: string;
  let acknowledgedBeforeBackup: Acknowledged[];

  beforeAll(() => buildServer(), 120_000);
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    for (const p of processes) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exited));
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('backs up an embedded database online while writes go on, and restores every write acknowledged before it into a new data dir with a valid audit trail', async () => {
    const source = dir('backup-source');
    const server = start(embeddedEnv(source));
    const url = await server.ready;
    const writers = startWriters(() => url, processToken('QA_MANAGER'), 'BK');
    await until(() => writers.acknowledged.length >= 40, 60_000, '40 acknowledged writes');

    acknowledgedBeforeBackup = [...writers.acknowledged];
    const backupStarted = Date.now();
    backupFile = path.join(dir('backup-files'), 'plant.backup');
    const backup = await runScript('backup', ['--out', backupFile], embeddedEnv(source));
    const backupEnded = Date.now();
    await writers.stop();
    expect(backup.code).toBe(0);
    // The writes really went on while the backup ran.
    expect(writers.acknowledged.some((w) => w.at > backupStarted && w.at < backupEnded)).toBe(true);
    await stop(server);

    const target = dir('backup-target');
    const restore = await runScript('restore', [backupFile], embeddedEnv(target));
    expect(restore.code).toBe(0);

    const restored = start(embeddedEnv(target));
    const url2 = await restored.ready;
    const verified = await post<Verification>(url2, processToken('AUDITOR'), VERIFY);
    expect(verified.body.data?.verifyAuditTrail.valid).toBe(true);
    expect(verified.body.data?.verifyAuditTrail.checkedEntries).toBeGreaterThanOrEqual(acknowledgedBeforeBackup.length);
    const found = await readBack(url2, processToken('ADMIN'), acknowledgedBeforeBackup);
    expect(acknowledgedBeforeBackup.filter((w) => !found.has(w.code))).toEqual([]);

    // Events committed after the restore reach subscribers, and none of the restored ones is re-sent as new.
    const client = createClient({
      url: url2.replace('http://', 'ws://'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: { authorization: `Bearer ${processToken('QA_MANAGER')}` },
    });
    sockets.push(client);
    const live = subscribe<{ materialChanged: { material: { code: string } } }>(client, 'subscription { materialChanged { material { code } } }');
    await until(
      async () => {
        await post(url2, processToken('QA_MANAGER'), 'mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { material { id } } }', {
          input: { code: `NEW-${Date.now()}`, name: 'After the restore', type: 'COMPONENT', unit: 'EA' },
        });
        return (await live.waitFor(1, 1000)).length > 0;
      },
      30_000,
      'an event after the restore',
    );
    expect(live.events.every((e) => e.materialChanged.material.code.startsWith('NEW-'))).toBe(true);
    await stop(restored);
  }, 300_000);

  it('restores into an empty DATABASE_URL database, and backs that one up too', async () => {
    const url = await emptyDatabase('restored');
    expect((await runScript('restore', [backupFile], productionEnv(url))).code).toBe(0);
    const server = start({ NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: url, LOTGRAPH_DATA_DIR: dir('url-server') });
    const serverUrl = await server.ready;
    expect((await post<Verification>(serverUrl, processToken('AUDITOR'), VERIFY)).body.data?.verifyAuditTrail.valid).toBe(true);
    const found = await readBack(serverUrl, processToken('ADMIN'), acknowledgedBeforeBackup);
    expect(acknowledgedBeforeBackup.filter((w) => !found.has(w.code))).toEqual([]);

    const again = path.join(dir('url-backup'), 'again.backup');
    expect((await runScript('backup', ['--out', again], productionEnv(url))).code).toBe(0);
    const copy = await emptyDatabase('copy');
    expect((await runScript('restore', [again], productionEnv(copy))).code).toBe(0);
    await stop(server);
  }, 180_000);

  it('refuses to restore into a database that is not empty (64), and writes nothing there', async () => {
    const url = await emptyDatabase('busy');
    const c = new PgClient({ connectionString: url });
    await c.connect();
    await c.query('CREATE TABLE plant_notes (note text)');
    await c.end();
    expect((await runScript('restore', [backupFile], productionEnv(url))).code).toBe(64);
    expect(await tableCount(url)).toBe(1);
  }, 60_000);

  it('refuses to restore into a data dir that already holds a database (64)', async () => {
    const existing = dir('existing');
    const server = start(embeddedEnv(existing));
    await server.ready;
    await stop(server);
    expect((await runScript('restore', [backupFile], embeddedEnv(existing))).code).toBe(64);
    expect(fs.existsSync(path.join(existing, 'pg', 'PG_VERSION'))).toBe(true);
  }, 120_000);

  it.each([
    ['an altered row', (text: string) => text.replace('\tBK-1\t', '\tBK-X\t')],
    ['a cut-off file', (text: string) => text.slice(0, Math.floor(text.length / 2))],
  ])(
    'refuses a backup with %s (65), and writes nothing',
    async (kind, damage) => {
      const damaged = path.join(dir('damaged'), 'damaged.backup');
      const text = gunzipSync(fs.readFileSync(backupFile)).toString();
      expect(damage(text)).not.toBe(text);
      fs.writeFileSync(damaged, gzipSync(damage(text)));
      const url = await emptyDatabase(`damaged_${kind.replace(/\W/g, '_')}`);
      expect((await runScript('restore', [damaged], productionEnv(url))).code).toBe(65);
      expect(await tableCount(url)).toBe(0);
    },
    60_000,
  );

  it('refuses a backup whose migrations are newer than this code (65), and writes nothing', async () => {
    const newer = path.join(dir('newer'), 'newer.backup');
    rewriteBackup(backupFile, newer, (lines) => {
      const header = JSON.parse(lines[1]) as { migrations: string[] };
      header.migrations.push('FromANewerLotgraph1999999999999');
      lines[1] = JSON.stringify(header);
    });
    const url = await emptyDatabase('newer');
    expect((await runScript('restore', [newer], productionEnv(url))).code).toBe(65);
    expect(await tableCount(url)).toBe(0);
  }, 60_000);
});
