import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import WebSocket from 'ws';
import { createClient, type Message } from 'graphql-ws';
import { createTestServer, subscribe, TEST_JWT_SECRET, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';
import { startPeerServer, type PeerServer } from '../support/peer-process';
import { createResumingClient } from '../../examples/reconnecting-client/resuming-client';
import { SetMaterialStatusDocument } from '../generated/graphql';

// No `eventId` selected: the client tracks positions from what the server sends with each result.
const CHANGES = 'subscription($filter: MaterialChangedFilter) { materialChanged(filter: $filter) { kind material { code } } }';
type Change = { materialChanged: { kind: string; material: { code: string } } };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const changes = (events: Change[]) => events.map((e) => `${e.materialChanged.material.code} ${e.materialChanged.kind}`);

describe('a graphql-ws client with retries, across a server restart', () => {
  let t: TestServer;
  let port: number;
  const peers: PeerServer[] = [];
  // A separate Lotgraph process on the test's database, on a port that stays the same across restarts.
  const startServer = async () => {
    const peer = await startPeerServer({
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: t.databaseUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
    });
    peers.push(peer);
    return peer;
  };

  beforeAll(async () => {
    t = await createTestServer();
    port = await freePort();
  }, 60_000);
  afterAll(async () => {
    for (const peer of peers) await peer.stop();
    await t?.close();
  });

  it('resumes every subscription where it was: the events committed while the server was down arrive once, none repeated', async () => {
    let server = await startServer();
    const client = createResumingClient(`ws://127.0.0.1:${port}/graphql`, () => t.token('AUDITOR'), { webSocketImpl: WebSocket });
    const connections: boolean[] = [];
    client.on('connected', (_socket, _payload, wasRetry) => connections.push(wasRetry));
    try {
      const base = await server.subscribers();
      const all = subscribe<Change>(client, CHANGES);
      // A subscription that has received nothing yet when the server goes away resumes too.
      const statusOnly = subscribe<Change>(client, CHANGES, { filter: { kinds: ['STATUS_CHANGED'] } });
      await server.waitForSubscribers(base + 2);
      const first = await createMaterial(t, 'RC-1');
      await createMaterial(t, 'RC-2');
      await all.waitFor(2);

      await server.stop();
      // Committed while no server serves the client.
      await createMaterial(t, 'RC-3');
      const status = await t.ok(SetMaterialStatusDocument, { input: { id: first.id, expectedVersion: 1, status: 'ACTIVE', reason: 'Released design' } }, 'QA_MANAGER');
      expect(status.setMaterialStatus.userErrors).toEqual([]);
      await createMaterial(t, 'RC-4');

      server = await startServer();
      await all.waitFor(5, 60_000);
      await statusOnly.waitFor(1, 5000);
      // Both are live again: the next change arrives as it happens.
      await createMaterial(t, 'RC-5');
      await all.waitFor(6);

      expect(connections).toEqual([false, true]);
      expect(changes(all.events)).toEqual(['RC-1 CREATED', 'RC-2 CREATED', 'RC-3 CREATED', 'RC-1 STATUS_CHANGED', 'RC-4 CREATED', 'RC-5 CREATED']);
      expect(changes(statusOnly.events)).toEqual(['RC-1 STATUS_CHANGED']);
      expect([...all.errors, ...statusOnly.errors]).toEqual([]);
    } finally {
      await client.dispose();
    }
  }, 150_000);

  it('refuses a connection whose resume positions are not event ids, saying so', async () => {
    const closed: { code: number; reason: string }[] = [];
    const client = t.ws({ authorization: `Bearer ${t.token('AUDITOR')}`, resume: { 'some-id': 'yesterday' } });
    client.on('closed', (event) => closed.push(event as { code: number; reason: string }));
    const sub = subscribe<Change>(client, CHANGES);
    await sub.waitUntil(() => false, 2000);
    expect(sub.done).toBe(true);
    expect(closed.map(({ code, reason }) => ({ code, reason }))).toEqual([{ code: 4400, reason: 'connectionParams.resume["some-id"] is not an event id' }]);
  });

  it('resumes a subscription id after the position the client sends, in place of the after: it first subscribed with', async () => {
    const auditor = `Bearer ${t.token('AUDITOR')}`;
    const watcher = subscribe<{ materialChanged: { eventId: string; material: { code: string } } }>(t.ws({ authorization: auditor }), 'subscription { materialChanged { eventId material { code } } }');
    // Live once it hears a change: every later one reaches it.
    for (let n = 0; watcher.events.length === 0; n++) {
      await createMaterial(t, `RP-0-${n}`);
      await watcher.waitFor(1, 1000);
    }
    for (const code of ['RP-1', 'RP-2', 'RP-3']) await createMaterial(t, code);
    await watcher.waitUntil((events) => events.some((e) => e.materialChanged.material.code === 'RP-3'));
    const [first, second, third] = ['RP-1', 'RP-2', 'RP-3'].map((code) => watcher.events.find((e) => e.materialChanged.material.code === code)!.materialChanged.eventId);
    // A client reconnecting with the position it reached on its subscription 'op-1' (graphql-ws keeps the id).
    const client = createClient({
      url: t.url.replace('http://', 'ws://'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      generateID: () => 'op-1',
      connectionParams: { authorization: auditor, resume: { 'op-1': second } },
    });
    const messages: Message[] = [];
    client.on('message', (message) => messages.push(message));
    try {
      const sub = subscribe<Change>(client, 'subscription($after: ID) { materialChanged(after: $after) { kind material { code } } }', { after: first });
      await sub.waitFor(1, 15_000);
      await sub.waitUntil(() => false, 500);
      expect(changes(sub.events)).toEqual(['RP-3 CREATED']);
      // It is told where it starts, then each result carries its event id.
      expect(messages.filter((m) => m.type !== 'connection_ack')).toEqual([
        { type: 'ping', payload: { resume: { 'op-1': second } } },
        { type: 'next', id: 'op-1', payload: { data: { materialChanged: { kind: 'CREATED', material: { code: 'RP-3' } } }, extensions: { eventId: third } } },
      ]);
    } finally {
      await client.dispose();
    }
  });

  it('is the client the README shows', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    const code = fs.readFileSync(path.join(__dirname, '../../examples/reconnecting-client/resuming-client.ts'), 'utf8');
    expect(readme).toContain(code.trim());
  });
});
