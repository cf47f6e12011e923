import fs from 'node:fs';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { TEST_JWT_SECRET } from '../support/test-server';
import { createTestDatabase } from '../support/test-database';
import { buildServer, post, processToken, startServerProcess, tempDataDir, until, type ServerProcess } from '../support/server-process';

const CREATE = 'mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { material { id code version } userErrors { code } } }';
const RENAME = 'mutation($input: UpdateMaterialInput!) { updateMaterial(input: $input) { material { name version } userErrors { code } } }';
const MATERIAL_CHANGED = 'subscription { materialChanged { eventId kind material { code name } } }';
type MaterialEvent = { materialChanged: { kind: string; material: { code: string; name: string } } };
type Created = { createMaterial: { material: { id: string; code: string; version: number } } };
type Renamed = { updateMaterial: { material: { name: string; version: number } | null } };

/** What a subscriber saw, in order: each event's material name, and 'closed' when the socket closed. */
function watch(client: Client) {
  const timeline: string[] = [];
  client.subscribe<MaterialEvent>(
    { query: MATERIAL_CHANGED },
    {
      next: (value) => timeline.push(value.data ? `${value.data.materialChanged.material.code}:${value.data.materialChanged.material.name}` : 'error'),
      error: () => timeline.push('closed'),
      complete: () => timeline.push('closed'),
    },
  );
  return timeline;
}

/** A row lock taken from a second connection: a mutation of that row waits for it, in flight, for as long as we like. */
async function lockRow(databaseUrl: string, table: string, id: string): Promise<{ release(): Promise<void> }> {
  const client = new PgClient({ connectionString: databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  return {
    release: async () => {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    },
  };
}

async function waitingOnLock(databaseUrl: string): Promise<boolean> {
  const client = new PgClient({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND application_name = 'lotgraph'`);
    return (rows[0] as { n: number }).n > 0;
  } finally {
    await client.end();
  }
}

async function refused(url: string, token: string): Promise<boolean> {
  try {
    const res = await post(url, token, '{ materials(first: 1) { totalCount } }');
    return res.status === 503 && res.body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE';
  } catch {
    return true; // connection refused: nothing listens any more
  }
}

describe('stopping with SIGTERM', () => {
  let db: { url: string; drop(): Promise<void> };
  const dataDir = tempDataDir('stop');
  const processes: ServerProcess[] = [];
  const sockets: Client[] = [];
  const token = processToken('QA_MANAGER');

  async function serverWithSubscriberAndMaterial(code: string, env: Record<string, string> = {}) {
    const server = startServerProcess({ NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: db.url, LOTGRAPH_DATA_DIR: dataDir, ...env });
    processes.push(server);
    const url = await server.ready;
    const client = createClient({
      url: url.replace('http://', 'ws://'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    sockets.push(client);
    const timeline = watch(client);
    let material: Created['createMaterial']['material'] | undefined;
    // The subscription is live once the event of a material created after it arrives.
    await until(
      async () => {
        const res = await post<Created>(url, token, CREATE, { input: { code: `${code}-${Date.now()}`, name: 'Original', type: 'COMPONENT', unit: 'EA' } });
        material = res.body.data?.createMaterial.material;
        await new Promise((r) => setTimeout(r, 300));
        return timeline.length > 0;
      },
      30_000,
      'a live subscription',
    );
    return { server, url, timeline, material: material as NonNullable<typeof material> };
  }

  beforeAll(async () => {
    buildServer();
    db = await createTestDatabase();
  }, 180_000);
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    for (const p of processes) p.child.kill('SIGKILL');
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses new requests, lets the mutation in flight commit and its event reach the subscriber, then closes the socket', async () => {
    const { server, url, timeline, material } = await serverWithSubscriberAndMaterial('DRAIN');
    const lock = await lockRow(db.url, 'material', material.id);
    const rename = post<Renamed>(url, token, RENAME, { input: { id: material.id, expectedVersion: material.version, name: 'Renamed in flight', reason: 'Drain test' } });
    await until(() => waitingOnLock(db.url), 10_000, 'the mutation to wait on the row lock');

    server.child.kill('SIGTERM');
    await until(() => refused(url, token), 10_000, 'new requests to be refused');
    await lock.release();

    const renamed = await rename;
    expect(renamed.status).toBe(200);
    expect(renamed.body.data?.updateMaterial.material?.name).toBe('Renamed in flight');
    expect(await server.exited).toBe(0);
    expect(timeline.slice(-2)).toEqual([`${material.code}:Renamed in flight`, 'closed']);
  }, 120_000);

  it('cuts off what is still in flight after SHUTDOWN_DRAIN_TIMEOUT_MS, and writes none of it', async () => {
    const { server, url, material } = await serverWithSubscriberAndMaterial('CUT', { SHUTDOWN_DRAIN_TIMEOUT_MS: '1000' });
    const lock = await lockRow(db.url, 'material', material.id);
    const rename = post<Renamed>(url, token, RENAME, { input: { id: material.id, expectedVersion: material.version, name: 'Never committed', reason: 'Drain test' } }).then(
      (r) => r.status,
      () => 'connection closed',
    );
    await until(() => waitingOnLock(db.url), 10_000, 'the mutation to wait on the row lock');

    server.child.kill('SIGTERM');
    expect(await server.exited).not.toBeNull();
    await lock.release();
    expect(await rename).toBe('connection closed');
    const pg = new PgClient({ connectionString: db.url });
    await pg.connect();
    const { rows } = await pg.query('SELECT name FROM material WHERE id = $1', [material.id]);
    await pg.end();
    expect(rows).toEqual([{ name: 'Original' }]);
  }, 120_000);
});
