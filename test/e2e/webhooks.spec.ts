import pino from 'pino';
import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { createMaterial, daysFromToday } from '../support/fixtures';
import { startWebhookReceiver } from '../support/webhook-receiver';
import { loadConfig } from '../../src/config';
import { startLotgraph } from '../../src/server/lotgraph-server';
import { verifySignatureHeader } from '../../src/modules/webhooks/webhook-signature';
import { CreateUserDocument, CreateWebhookDocument, DeactivateUserDocument, OpenCapaDocument, SetWebhookStatusDocument, WebhookDeliveriesDocument } from '../generated/graphql';

const FAST = { WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_POLL_MS: '50' };
const SECRET = 'whsec-0123456789abcdef';
const integration: Caller = { roles: ['INTEGRATION'], sub: 'svc-mes', name: 'MES connector' };

let t: TestServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

async function register(eventTypes: string[], as: Caller | 'ADMIN' = integration, url = receiver.url) {
  const res = await t.ok(CreateWebhookDocument, { input: { url, events: eventTypes, secret: SECRET } }, as);
  expect(res.createWebhook.userErrors).toEqual([]);
  return res.createWebhook.webhook!;
}

async function deliveries(webhookId: string, as: Caller | 'ADMIN' = integration) {
  return (await t.ok(WebhookDeliveriesDocument, { webhookId }, as)).webhookDeliveries.edges.map((e) => e.node);
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  t = await createTestServer(FAST);
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

describe('createWebhook', () => {
  it('validates the URL, event types and secret, and is for ADMIN and INTEGRATION only', async () => {
    const bad = await t.ok(CreateWebhookDocument, { input: { url: 'ftp://x', events: ['LotStatusChanged', 'Nope'], secret: 'short' } }, integration);
    expect(bad.createWebhook.userErrors.map((e) => e.field)).toEqual([['input', 'url'], ['input', 'events'], ['input', 'secret']]);
    for (const role of ['WAREHOUSE', 'QA_MANAGER', 'SUPPLIER', 'BI_READER'] as const) {
      const res = await t.gql(`mutation { createWebhook(input: { url: "https://x.example", events: ["LotStatusChanged"], secret: "${SECRET}" }) { userErrors { code } } }`, {}, role);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await t.sql('SELECT 1 FROM webhook')).toEqual([]);
  });
});

describe('deliveries', () => {
  it('are signed with HMAC-SHA256 over the timestamp and body', async () => {
    const hook = await register(['MaterialChanged']);
    await createMaterial(t, 'WH-SIGNED');
    const got = await until(async () => receiver.received.filter((r) => r.json.type === 'MaterialChanged'), (r) => r.length >= 1);
    const delivery = got[0];
    expect(delivery.json.data).toMatchObject({ record: { code: 'WH-SIGNED' } });
    expect(verifySignatureHeader(SECRET, String(delivery.headers['lotgraph-signature']), delivery.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifySignatureHeader(SECRET, String(delivery.headers['lotgraph-signature']), delivery.body.replace('WH-SIGNED', 'WH-FORGED'), Math.floor(Date.now() / 1000))).toBe(false);
    expect(delivery.headers['lotgraph-event-id']).toBe(delivery.json.id);
    const log = await until(() => deliveries(hook.id), (d) => d[0]?.status === 'SUCCEEDED');
    expect(log[0]).toMatchObject({ eventType: 'MaterialChanged', status: 'SUCCEEDED', attempts: 1, lastStatusCode: 204 });
  });

  it('are retried with backoff after the receiver fails twice, and the log shows every attempt', async () => {
    const flaky = await startWebhookReceiver();
    const hook = await register(['MaterialChanged'], integration, flaky.url);
    flaky.failNextRequests(2);
    await createMaterial(t, 'WH-RETRY');
    const log = await until(() => deliveries(hook.id), (d) => d.some((x) => (x.body as { data: { record: { code: string } } }).data.record.code === 'WH-RETRY' && x.status === 'SUCCEEDED'));
    const retried = log.find((x) => (x.body as { data: { record: { code: string } } }).data.record.code === 'WH-RETRY')!;
    expect(retried).toMatchObject({ status: 'SUCCEEDED', attempts: 3 });
    expect(retried.log.map((a) => a.statusCode)).toEqual([500, 500, 204]);
    expect(flaky.received.map((r) => r.json.id)).toEqual(Array(3).fill(flaky.received[0].json.id));
    await flaky.close();
  });

  it('carry only what the webhook\'s owner may read', async () => {
    const mine = await register(['CapaStatusChanged', 'MaterialChanged']);
    const admins = await register(['CapaStatusChanged'], 'ADMIN');
    const capa = await t.ok(OpenCapaDocument, { input: { title: 'Webhook scope', description: 'd', dueOn: daysFromToday(30) } }, 'QA_MANAGER');
    expect(capa.openCapa.userErrors).toEqual([]);
    await createMaterial(t, 'WH-SCOPE');
    await until(() => deliveries(admins.id, 'ADMIN'), (d) => d.length >= 1);
    await until(() => deliveries(mine.id), (d) => d.length >= 1);
    expect((await deliveries(admins.id, 'ADMIN')).map((d) => d.eventType)).toEqual(['CapaStatusChanged']);
    expect((await deliveries(mine.id)).map((d) => d.eventType)).toEqual(['MaterialChanged']);
    const otherAccount = await t.gql(`{ webhookDeliveries(webhookId: "${mine.id}", first: 1) { totalCount } }`, {}, { roles: ['INTEGRATION'], sub: 'svc-other' });
    expect(otherAccount.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [delivery] = await deliveries(mine.id);
    const asNode = (caller: Caller) => t.gql<{ node: { __typename: string; eventType: string } | null }, unknown>(
      `{ node(id: "${delivery.id}") { __typename ... on WebhookDelivery { eventType } } }`, {}, caller);
    expect((await asNode(integration)).data?.node).toEqual({ __typename: 'WebhookDelivery', eventType: 'MaterialChanged' });
    expect((await asNode({ roles: ['INTEGRATION'], sub: 'svc-other' })).data?.node).toBeNull();
  });

  it('stop while the webhook is disabled, for its owner or ADMIN only', async () => {
    const paused = await startWebhookReceiver();
    const hook = await register(['MaterialChanged'], integration, paused.url);
    const other = await t.ok(SetWebhookStatusDocument, { input: { id: hook.id, expectedVersion: 1, status: 'DISABLED', reason: 'r' } }, { roles: ['INTEGRATION'], sub: 'svc-other' });
    expect(other.setWebhookStatus.userErrors[0].code).toBe('NOT_FOUND');
    const off = await t.ok(SetWebhookStatusDocument, { input: { id: hook.id, expectedVersion: 1, status: 'DISABLED', reason: 'Partner maintenance' } }, integration);
    expect(off.setWebhookStatus.webhook).toMatchObject({ status: 'DISABLED', version: 2 });
    await createMaterial(t, 'WH-PAUSED');
    await createMaterial(t, 'WH-MARKER');
    await until(async () => receiver.received.some((r) => (r.json.data.record as { code?: string })?.code === 'WH-MARKER'), (seen) => seen);
    expect(paused.received).toEqual([]);
    await t.ok(SetWebhookStatusDocument, { input: { id: hook.id, expectedVersion: 2, status: 'ACTIVE', reason: 'Back' } }, 'ADMIN');
    await createMaterial(t, 'WH-RESUMED');
    await until(async () => paused.received.length, (n) => n >= 1);
    expect(paused.received.map((r) => (r.json.data.record as { code: string }).code)).toEqual(['WH-RESUMED']);
    await paused.close();
  });

  it('stop for an owner who was deactivated, and follow a provisioned owner\'s current roles', async () => {
    const created = await t.ok(CreateUserDocument, { input: { subject: 'svc-wms', printedName: 'WMS connector', roles: ['INTEGRATION'] } }, 'ADMIN');
    const owner: Caller = { roles: ['INTEGRATION'], sub: 'svc-wms', name: 'WMS connector' };
    const sink = await startWebhookReceiver();
    await register(['MaterialChanged'], owner, sink.url);
    await createMaterial(t, 'WH-OWNER-1');
    await until(async () => sink.received.length, (n) => n >= 1);
    const off = await t.ok(DeactivateUserDocument, { input: { id: created.createUser.user!.id, expectedVersion: 1, reason: 'Connector retired' } }, 'ADMIN');
    expect(off.deactivateUser.userErrors).toEqual([]);
    await createMaterial(t, 'WH-OWNER-2');
    await createMaterial(t, 'WH-OWNER-MARK');
    await until(async () => receiver.received.some((r) => (r.json.data.record as { code?: string })?.code === 'WH-OWNER-MARK'), (seen) => seen);
    expect(sink.received.map((r) => (r.json.data.record as { code: string }).code)).toEqual(['WH-OWNER-1']);
    await sink.close();
  });

  it('survive a restart, and can be redelivered', async () => {
    const hook = await register(['MaterialChanged']);
    receiver.failNextRequests(1_000_000);
    await createMaterial(t, 'WH-RESTART');
    await until(() => deliveries(hook.id), (d) => d.some((x) => x.attempts >= 1));
    await t.server.close();
    receiver.failNextRequests(0);
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: t.databaseUrl, JWT_SECRET: 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz', LOG_LEVEL: 'silent', ...FAST });
    const restarted = await startLotgraph(config, { log: pino({ level: 'silent' }) });
    try {
      const [delivery] = await until(
        async () => restarted.platform.dataSource.query(`SELECT id, status, attempts FROM webhook_delivery WHERE webhook_id = $1`, [hook.id]) as Promise<{ id: string; status: string; attempts: number }[]>,
        (rows) => rows[0]?.status === 'SUCCEEDED');
      expect(delivery.status).toBe('SUCCEEDED');
      const before = receiver.received.length;
      const res = await fetch(`${restarted.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token(integration)}` },
        body: JSON.stringify({ query: 'mutation($i: RedeliverWebhookInput!) { redeliverWebhook(input: $i) { delivery { status } userErrors { code } } }', variables: { i: { deliveryId: delivery.id } } }),
      });
      expect(await res.json()).toMatchObject({ data: { redeliverWebhook: { delivery: { status: 'PENDING' }, userErrors: [] } } });
      await until(async () => receiver.received.length, (n) => n > before);
      expect(receiver.received.slice(before).map((r) => r.json.data.record)).toEqual([expect.objectContaining({ code: 'WH-RESTART' })]);
    } finally {
      await restarted.close();
    }
  });
});

