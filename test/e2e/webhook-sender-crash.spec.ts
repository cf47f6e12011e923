import { startPeerServer, type PeerServer } from '../support/peer-process';
import { post, processToken } from '../support/server-process';
import { createTestDatabase } from '../support/test-database';
import { TEST_JWT_SECRET } from '../support/test-server';
import { startWebhookReceiver, type ReceivedDelivery } from '../support/webhook-receiver';
import { probeUntil } from '../support/probe-until';

/**
 * Two real server processes on one database; the one sending is killed (kill -9) while its
 * requests are held open by a slow endpoint. Its deliveries are taken over by the other within
 * the lease (a short one here), every delivery arrives at least once, each repeat under the
 * delivery id it had, and the attempt that was in flight stays in the delivery log as UNKNOWN.
 */

// Short for a quick takeover, yet a few missed beats long: a loaded machine must not stall a live sender out of its claims.
const LEASE_MS = 4000;
const SENDER = { WEBHOOK_LEASE_MS: String(LEASE_MS), WEBHOOK_POLL_MS: '500', WEBHOOK_TIMEOUT_MS: '60000', WEBHOOK_RETRY_BASE_MS: '50' };
/** A functional bound on the takeover (lease 4 s plus a 0.5 s poll here), wide enough for a loaded machine. */
const TAKEOVER_BOUND_MS = 15_000;
const HOOKS = 4;
const SECRET = 'whsec-crash-0123456789';

const ADMIN = processToken('ADMIN');
const QA = processToken('QA_MANAGER');

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let first: PeerServer;
let second: PeerServer | undefined;

function peer(): Promise<PeerServer> {
  return startPeerServer({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: db.url, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', ...SENDER });
}

async function gql<T>(server: PeerServer, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await post<T>(`${server.url}/graphql`, token, query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

type Log = { attempt: number; outcome: string | null; statusCode: number | null; error: string | null };
type Deliveries = { webhookDeliveries: { edges: { node: { id: string; status: string; attempts: number; log: Log[] } }[] } };
const LOG_QUERY = 'query($id: ID!) { webhookDeliveries(webhookId: $id, first: 10) { edges { node { id status attempts log { attempt outcome statusCode error } } } } }';

const deliveryId = (r: ReceivedDelivery) => String(r.headers['lotgraph-delivery-id']);

beforeAll(async () => {
  db = await createTestDatabase();
  receiver = await startWebhookReceiver();
  first = await peer();
}, 60_000);
afterAll(async () => {
  receiver?.release();
  await first?.kill();
  await second?.stop();
  await receiver?.close();
  await db?.drop();
}, 90_000);

it("a live process takes over a killed sender's deliveries within the lease; repeats keep their delivery id; the lost attempt is logged", async () => {
  const hookIds: string[] = [];
  for (let i = 0; i < HOOKS; i++) {
    const created = await gql<{ createWebhook: { webhook: { id: string } | null; userErrors: unknown[] } }>(
      first,
      ADMIN,
      'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } userErrors { code message } } }',
      { input: { url: `${receiver.url}?hook=${i}`, eventTypes: ['MATERIAL_CHANGED'], secret: SECRET } },
    );
    expect(created.createWebhook.userErrors).toEqual([]);
    hookIds.push(created.createWebhook.webhook!.id);
  }
  receiver.hold();
  for (const code of ['CR-1', 'CR-2']) {
    await gql(first, QA, `mutation { createMaterial(input: { code: "${code}", name: "${code}", type: COMPONENT, unit: "EA" }) { userErrors { code } } }`);
  }
  // The only process sends every webhook's first delivery; the endpoint holds them all open.
  await probeUntil(
    () => receiver.received.length,
    (n) => n >= HOOKS,
    30_000,
  );
  expect(receiver.received).toHaveLength(HOOKS);
  const inFlight = receiver.received.map(deliveryId);

  // A second process joins; the first, alive and mid-send for longer than the lease, keeps its claims.
  second = await peer();
  await new Promise((r) => setTimeout(r, 2 * LEASE_MS));
  expect(receiver.received.map(deliveryId)).toEqual(inFlight);
  const during = await gql<Deliveries>(second, ADMIN, LOG_QUERY, { id: hookIds[0] });
  const sending = during.webhookDeliveries.edges.map((e) => e.node).find((n) => inFlight.includes(n.id));
  expect(sending?.log).toEqual([{ attempt: 1, outcome: 'SENDING', statusCode: null, error: expect.stringMatching(/awaited/) }]);

  const killedAt = Date.now();
  await first.kill();
  // The killed process's connections close with it: the held requests end unanswered.
  const held = await probeUntil(
    () => receiver.received.filter((r) => r.aborted).length,
    (n) => n === HOOKS,
    10_000,
  );
  expect(held).toBe(HOOKS);
  receiver.release();
  // Every delivery (HOOKS webhooks x 2 events) arrives; each held one again, after the kill.
  await probeUntil(
    () => new Set(receiver.received.filter((r) => !r.aborted).map(deliveryId)).size,
    (n) => n >= 2 * HOOKS,
    60_000,
  );

  const answered = receiver.received.filter((r) => !r.aborted);
  expect(new Set(answered.map(deliveryId)).size).toBe(2 * HOOKS);
  expect(receiver.received.filter((r) => r.aborted).map(deliveryId)).toEqual(inFlight);
  for (const id of inFlight) {
    const again = answered.filter((r) => deliveryId(r) === id);
    expect(again.length).toBeGreaterThanOrEqual(1);
    expect(again[0].arrivedAt - killedAt).toBeLessThan(TAKEOVER_BOUND_MS);
  }
  // A receiver dedupes by delivery id: every request under one id carries the same event, and
  // each webhook's deliveries reach it in outbox order, the taken-over one first.
  for (let i = 0; i < HOOKS; i++) {
    const toHook = receiver.received.filter((r) => r.path.endsWith(`?hook=${i}`));
    const byId = new Map<string, Set<string>>();
    for (const r of toHook) byId.set(deliveryId(r), (byId.get(deliveryId(r)) ?? new Set()).add(r.json.extensions.eventId));
    expect([...byId.values()].map((events) => events.size)).toEqual([1, 1]);
    expect(new Set(toHook.map(deliveryId))).toEqual(new Set(byId.keys()));
    const order = toHook.filter((r) => !r.aborted).map(deliveryId);
    expect(order.filter((id, n) => order.indexOf(id) === n)).toEqual([...new Set(toHook.map(deliveryId))]);
  }

  // The delivery log, read through the surviving process, shows the attempt that was in flight.
  for (const hookId of hookIds) {
    const data = await probeUntil(
      () => gql<Deliveries>(second!, ADMIN, LOG_QUERY, { id: hookId }),
      (d) => d.webhookDeliveries.edges.every((e) => e.node.status === 'SUCCEEDED'),
    );
    const taken = data.webhookDeliveries.edges.map((e) => e.node).find((n) => inFlight.includes(n.id));
    expect(taken).toBeDefined();
    expect(taken!.status).toBe('SUCCEEDED');
    expect(taken!.log[0]).toMatchObject({ attempt: 1, outcome: 'UNKNOWN', statusCode: null });
    expect(taken!.log[0].error).toMatch(/stopped mid-send/);
    expect(taken!.log.at(-1)).toMatchObject({ attempt: taken!.attempts, outcome: 'SUCCEEDED', statusCode: 204, error: null });
  }
}, 180_000);
