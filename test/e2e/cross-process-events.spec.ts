import { createTestServer, subscribe, TEST_JWT_SECRET, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';
import { startPeerServer, type PeerServer } from '../support/peer-process';
import { until } from '../support/server-process';
import { CreateUserDocument, DeactivateUserDocument } from '../generated/graphql';

const MATERIAL_CHANGED = 'subscription($after: ID) { materialChanged(after: $after) { eventId material { code } } }';
type MaterialEvent = { materialChanged: { eventId: string; material: { code: string } } };

// The fallback poll is set to a minute, and so is the time a process may trust that an account is
// active: what happens within the waits below came by wake-up.
const SLOW_POLL = { OUTBOX_POLL_MS: '60000', PRINCIPAL_CACHE_MS: '60000' };

const redisUrl = process.env.LOTGRAPH_TEST_REDIS_URL;
const transports: [string, Record<string, string>][] = [['PostgreSQL LISTEN/NOTIFY', {}]];
// Without a Redis (a developer machine), global-setup says so; CI always has one and fails without it.
if (redisUrl) transports.push(['Redis pub/sub', { REDIS_URL: redisUrl }]);

describe.each(transports)('events across processes through %s', (_name, transport: Record<string, string>) => {
  let t: TestServer;
  let peer: PeerServer;

  beforeAll(async () => {
    t = await createTestServer({ ...SLOW_POLL, ...transport });
    peer = await startPeerServer({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: t.databaseUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      ...SLOW_POLL,
      ...transport,
    });
  }, 60_000);
  afterAll(async () => {
    await peer?.stop();
    await t?.close();
  });

  it('delivers a commit made by one process to subscribers of the other, both ways', async () => {
    expect(t.server.platform.events.transport).toBe(transport.REDIS_URL ? 'redis' : 'postgres');
    const peerBase = await peer.subscribers();
    const onPeer = subscribe<MaterialEvent>(t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` }, peer.url), MATERIAL_CHANGED);
    await peer.waitForSubscribers(peerBase + 1);
    await createMaterial(t, 'XP-A');
    await onPeer.waitFor(1, 5000);
    expect(onPeer.events.map((e) => e.materialChanged.material.code)).toEqual(['XP-A']);

    const base = t.subscriberCount;
    const onMain = subscribe<MaterialEvent>(t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` }), MATERIAL_CHANGED);
    await t.subscribers(base + 1);
    const res = await fetch(`${peer.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token('QA_MANAGER')}` },
      body: JSON.stringify({ query: 'mutation { createMaterial(input: { code: "XP-B", name: "B", type: COMPONENT, unit: "EA" }) { userErrors { code } } }' }),
    });
    expect(await res.json()).toMatchObject({ data: { createMaterial: { userErrors: [] } } });
    // XP-A may still reach the new subscriber live if this relay read it late (its wake-up is asynchronous).
    const codes = () => onMain.events.map((e) => e.materialChanged.material.code);
    for (let i = 0; i < 2 && !codes().includes('XP-B'); i++) await onMain.waitFor(onMain.events.length + 1, 5000);
    expect(codes().filter((c) => c === 'XP-B')).toEqual(['XP-B']);
    expect(codes().every((c) => c === 'XP-A' || c === 'XP-B')).toBe(true);
  });

  it("ends a deactivated user's subscriptions on the other process at once, without waiting for an event", async () => {
    const subject = `xp-leaver-${transport.REDIS_URL ? 'redis' : 'pg'}`;
    const created = await t.ok(CreateUserDocument, { input: { subject, printedName: 'Leaver', roles: ['AUDITOR'] } }, 'ADMIN');
    const peerBase = await peer.subscribers();
    // Matches nothing: only the deactivation itself can end it.
    const idle = subscribe<MaterialEvent>(
      t.ws({ authorization: `Bearer ${t.token({ roles: ['AUDITOR'], sub: subject })}` }, peer.url),
      'subscription { materialChanged(filter: { ids: ["mat_none"] }) { eventId material { code } } }',
    );
    await peer.waitForSubscribers(peerBase + 1);
    await t.ok(DeactivateUserDocument, { input: { id: created.createUser.user!.id, expectedVersion: 1, reason: 'Left the company' } }, 'ADMIN');
    // The fallback poll is a minute: an end within this wait came through the wake-up transport.
    await idle.waitUntil(() => idle.done, 5000);
    expect(idle.done).toBe(true);
    expect((idle.errors[0] as { code?: number }).code).toBe(4401);
    // The peer releases the subscription's relay stream as its socket closes.
    await until(async () => (await peer.subscribers()) === peerBase, 5000, 'the peer to release the subscription');
  });

  it("refuses a deactivated user's next HTTP request on the other process, which had trusted the account", async () => {
    const subject = `xp-http-leaver-${transport.REDIS_URL ? 'redis' : 'pg'}`;
    const created = await t.ok(CreateUserDocument, { input: { subject, printedName: 'HTTP leaver', roles: ['AUDITOR'] } }, 'ADMIN');
    const onPeer = async () => {
      const res = await fetch(`${peer.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token({ roles: ['AUDITOR'], sub: subject })}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      return (await res.json()) as { data?: { me: { id: string } | null }; errors?: { extensions?: { code?: string } }[] };
    };
    // Asked twice: the second answer comes from the peer's trust in the account.
    expect((await onPeer()).data?.me?.id).toBe(subject);
    expect((await onPeer()).data?.me?.id).toBe(subject);
    await t.ok(DeactivateUserDocument, { input: { id: created.createUser.user!.id, expectedVersion: 1, reason: 'Left the company' } }, 'ADMIN');
    await until(async () => (await onPeer()).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED', 5000, 'the peer to refuse the deactivated account');
  });
});
