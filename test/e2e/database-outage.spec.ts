import fs from 'node:fs';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { TEST_JWT_SECRET, subscribe } from '../support/test-server';
import { createTestDatabase } from '../support/test-database';
import { TcpProxy } from '../support/tcp-proxy';
import { buildServer, post, processToken, startServerProcess, tempDataDir, until, type ServerProcess } from '../support/server-process';

const CREATE = 'mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { material { id code } userErrors { code } } }';
const MATERIAL_CHANGED = 'subscription { materialChanged { eventId material { code } } }';
type MaterialEvent = { materialChanged: { eventId: string; material: { code: string } } };

/** Whatever a client can read must not name the database's host, port or driver, nor quote SQL. */
function expectNothingOfTheDatabase(text: string, port: number) {
  expect(text).not.toContain(String(port));
  expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONN|postgres|SELECT|INSERT|terminated|connect /i);
}

describe('a database outage under a running server (DATABASE_URL)', () => {
  let db: { url: string; drop(): Promise<void> };
  let proxy: TcpProxy;
  let server: ServerProcess;
  let url: string;
  const dataDir = tempDataDir('outage');
  const sockets: ReturnType<typeof createClient>[] = [];
  const ws = () => {
    const client = createClient({
      url: url.replace('http://', 'ws://'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: { authorization: `Bearer ${processToken('QA_MANAGER')}` },
    });
    sockets.push(client);
    return client;
  };

  beforeAll(async () => {
    buildServer();
    db = await createTestDatabase();
    const target = new URL(db.url);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(db.url);
    proxied.host = `127.0.0.1:${proxy.port}`;
    // Development: the mode that shows clients the most (stack traces), so the strictest test of what leaks.
    server = startServerProcess({ NODE_ENV: 'development', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: proxied.toString(), LOTGRAPH_DATA_DIR: dataDir });
    url = await server.ready;
  }, 180_000);
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    server.child.kill('SIGKILL');
    await server.exited;
    await proxy.close();
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After and nothing of the database, stays up, and serves again when it is back', async () => {
    const token = processToken('QA_MANAGER');
    const live = subscribe<MaterialEvent>(ws(), MATERIAL_CHANGED);
    // The subscription is live once an event reaches it.
    await until(
      async () => {
        await post(url, token, CREATE, { input: { code: `BEFORE-${Date.now()}`, name: 'Before', type: 'COMPONENT', unit: 'EA' } });
        return (await live.waitFor(1, 1000)).length > 0;
      },
      30_000,
      'a live subscription',
    );

    await proxy.cut();
    const read = await post(url, token, '{ materials(first: 1) { totalCount } }');
    const write = await post(url, token, CREATE, { input: { code: 'DURING', name: 'During', type: 'COMPONENT', unit: 'EA' } });
    const pdf = await fetch(url.replace('/graphql', '/records/lots/lot_x/batch-record'), { headers: { authorization: `Bearer ${token}` } });
    const pdfText = await pdf.text();
    for (const res of [read, write]) {
      expect(res.status).toBe(503);
      expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expectNothingOfTheDatabase(res.text, proxy.port);
    }
    expect(pdf.status).toBe(503);
    expect((JSON.parse(pdfText) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(Number(pdf.headers.get('retry-after'))).toBeGreaterThan(0);
    expectNothingOfTheDatabase(pdfText, proxy.port);

    const ready = await fetch(url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);
    expectNothingOfTheDatabase(await ready.text(), proxy.port);

    // A new subscriber is told to come back later (1013), with no driver text in the close reason.
    const late = subscribe<MaterialEvent>(ws(), MATERIAL_CHANGED);
    await late.waitFor(1, 10_000);
    expect(late.done).toBe(true);
    const closed = late.errors[0] as { code: number; reason: string };
    expect(closed.code).toBe(1013);
    expectNothingOfTheDatabase(closed.reason, proxy.port);
    expect(server.child.exitCode).toBeNull();

    await proxy.restore();
    await until(async () => (await post(url, token, '{ materials(first: 1) { totalCount } }')).status === 200, 60_000, 'service after the outage');
    const after = await post<{ createMaterial: { material: { code: string } } }>(url, token, CREATE, { input: { code: 'AFTER', name: 'After', type: 'COMPONENT', unit: 'EA' } });
    expect(after.body.data?.createMaterial.material.code).toBe('AFTER');
    // The subscription opened before the outage is still served.
    await live.waitUntil((events) => events.some((e) => e.materialChanged.material.code === 'AFTER'), 30_000);
    expect(live.events.map((e) => e.materialChanged.material.code)).toContain('AFTER');
    expect(live.done).toBe(false);
  }, 180_000);
});
