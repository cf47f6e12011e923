import pino from 'pino';
import { Client as PgClient } from 'pg';
import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { createMaterial, createSupplier, daysFromToday } from '../support/fixtures';
import { materialCodeOf, startWebhookReceiver } from '../support/webhook-receiver';
import { receive, receivingSetup } from '../support/lot-fixtures';
import { loadConfig } from '../../src/config';
import { startLotgraph } from '../../src/server/lotgraph-server';
import { verifySignatureHeader } from '../../src/modules/webhooks/webhook-signature';
import {
  CreateUserDocument,
  CreateWebhookDocument,
  DeactivateUserDocument,
  OpenCapaDocument,
  RedeliverWebhookDocument,
  SetWebhookStatusDocument,
  UpdateUserDocument,
  WebhookDeliveriesDocument,
  type WebhookEventType,
} from '../generated/graphql';
import { probeUntil } from '../support/probe-until';

const FAST = { WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_POLL_MS: '50' };
const SECRET = 'whsec-0123456789abcdef';
const integration: Caller = { roles: ['INTEGRATION'], sub: 'svc-mes', name: 'MES connector' };

let t: TestServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

async function register(eventTypes: WebhookEventType[], as: Caller | 'ADMIN' = integration, url = receiver.url) {
  const res = await t.ok(CreateWebhookDocument, { input: { url, eventTypes, secret: SECRET } }, as);
  expect(res.createWebhook.userErrors).toEqual([]);
  return res.createWebhook.webhook!;
}

async function deliveries(webhookId: string, as: Caller | 'ADMIN' = integration) {
  return (await t.ok(WebhookDeliveriesDocument, { webhookId }, as)).webhookDeliveries!.edges.map((e) => e.node);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const codeOf = materialCodeOf;

/** A provisioned INTEGRATION account, so an ADMIN can change its roles or deactivate it. */
async function provisionedOwner(subject: string) {
  const created = await t.ok(CreateUserDocument, { input: { subject, printedName: `Connector ${subject}`, roles: ['INTEGRATION'] } }, 'ADMIN');
  expect(created.createUser.userErrors).toEqual([]);
  const caller: Caller = { roles: ['INTEGRATION'], sub: subject, name: `Connector ${subject}` };
  return { userId: created.createUser.user!.id, caller };
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
    expect(bad.createWebhook.userErrors.map((e) => e.field)).toEqual([
      ['input', 'url'],
      ['input', 'events'],
      ['input', 'secret'],
    ]);
    for (const role of ['WAREHOUSE', 'QA_MANAGER', 'SUPPLIER', 'BI_READER'] as const) {
      const res = await t.gql(`mutation { createWebhook(input: { url: "https://x.example", events: ["LotStatusChanged"], secret: "${SECRET}" }) { userErrors { code } } }`, {}, role);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await t.sql('SELECT 1 FROM webhook')).toEqual([]);
  });
});

describe('owner changes', () => {
  it('give up a failing delivery once its owner is deactivated, instead of retrying it', async () => {
    const { userId, caller } = await provisionedOwner('svc-lims');
    const down = await startWebhookReceiver();
    down.failNextRequests(1_000_000);
    const hook = await register(['MATERIAL_CHANGED'], caller, down.url);
    await createMaterial(t, 'WH-GONE');
    await probeUntil(
      () => deliveries(hook.id, 'ADMIN'),
      (d) => (d[0]?.attempts ?? 0) >= 1,
    );
    const off = await t.ok(DeactivateUserDocument, { input: { id: userId, expectedVersion: 1, reason: 'Connector retired' } }, 'ADMIN');
    expect(off.deactivateUser.userErrors).toEqual([]);
    const [gone] = await probeUntil(
      () => deliveries(hook.id, 'ADMIN'),
      (d) => d[0]?.status === 'FAILED',
    );
    expect(gone).toMatchObject({ status: 'FAILED', lastError: 'owner deactivated' });
    const sent = down.received.length;
    // Every send left its log line; none came after the delivery was given up.
    expect(gone.log).toHaveLength(sent);
    await pause(300);
    expect(down.received).toHaveLength(sent);
    await down.close();
  });

  it('give up a failing delivery, unsent, once its still active owner may no longer read the event', async () => {
    const { userId, caller } = await provisionedOwner('svc-erp');
    const down = await startWebhookReceiver();
    try {
      down.failNextRequests(1_000_000);
      const hook = await register(['MATERIAL_CHANGED'], caller, down.url);
      await createMaterial(t, 'WH-LOST-RIGHTS');
      await probeUntil(
        () => deliveries(hook.id, 'ADMIN'),
        (d) => (d[0]?.attempts ?? 0) >= 1,
      );
      const supplier = await createSupplier(t, 'WH-SUP-LOST');
      const demoted = await t.ok(UpdateUserDocument, { input: { id: userId, expectedVersion: 1, reason: 'Now a supplier portal account', roles: ['SUPPLIER'], supplierId: supplier.id } }, 'ADMIN');
      expect(demoted.updateUser.userErrors).toEqual([]);
      const [gone] = await probeUntil(
        () => deliveries(hook.id, 'ADMIN'),
        (d) => d[0]?.status === 'FAILED',
      );
      expect(gone).toMatchObject({ status: 'FAILED', lastError: 'the owner may no longer read this event' });
      const sent = down.received.length;
      expect(gone.log).toHaveLength(sent);
      await pause(300);
      expect(down.received).toHaveLength(sent);
    } finally {
      await down.close();
    }
  });

  it('refuse to redeliver what the owner may no longer read, or anything once the owner is deactivated', async () => {
    const { userId, caller } = await provisionedOwner('svc-plm');
    const sink = await startWebhookReceiver();
    const hook = await register(['MATERIAL_CHANGED'], caller, sink.url);
    await createMaterial(t, 'WH-RIGHTS');
    const [sent] = await probeUntil(
      () => deliveries(hook.id, 'ADMIN'),
      (d) => d[0]?.status === 'SUCCEEDED',
    );
    const supplier = await createSupplier(t, 'WH-SUP-RIGHTS');
    const demoted = await t.ok(UpdateUserDocument, { input: { id: userId, expectedVersion: 1, reason: 'Now a supplier portal account', roles: ['SUPPLIER'], supplierId: supplier.id } }, 'ADMIN');
    expect(demoted.updateUser.userErrors).toEqual([]);
    const refused = await t.ok(RedeliverWebhookDocument, { input: { deliveryId: sent.id } }, 'ADMIN');
    expect(refused.redeliverWebhook).toMatchObject({ delivery: null, userErrors: [{ code: 'FORBIDDEN', message: expect.stringMatching(/may no longer read this event/) }] });
    await t.ok(DeactivateUserDocument, { input: { id: userId, expectedVersion: 2, reason: 'Connector retired' } }, 'ADMIN');
    const deactivated = await t.ok(RedeliverWebhookDocument, { input: { deliveryId: sent.id } }, 'ADMIN');
    expect(deactivated.redeliverWebhook).toMatchObject({ delivery: null, userErrors: [{ code: 'FORBIDDEN', message: expect.stringMatching(/is deactivated/) }] });
    expect((await deliveries(hook.id, 'ADMIN'))[0]).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
    await pause(300);
    expect(sink.received.map(codeOf)).toEqual(['WH-RIGHTS']);
    await sink.close();
  });
});

describe('leases', () => {
  it("refuse to redeliver a delivery while a sender holds it, and a crashed sender's delivery is retried once its lease lapses", async () => {
    const sink = await startWebhookReceiver();
    const hook = await register(['MATERIAL_CHANGED'], integration, sink.url);
    await createMaterial(t, 'WH-LEASE');
    const [done] = await probeUntil(
      () => deliveries(hook.id),
      (d) => d[0]?.status === 'SUCCEEDED',
    );
    // Simulates a sender that has just claimed the delivery (attempt counted, leased for a
    // second) and is mid-send; it then dies without writing an outcome.
    await t.sql(
      `UPDATE webhook_delivery SET status = 'PENDING', attempts = attempts + 1, leased_until = now() + interval '1 second',
      next_attempt_at = now() + interval '1 second' WHERE id = $1`,
      [done.id],
    );
    const refused = await t.ok(RedeliverWebhookDocument, { input: { deliveryId: done.id } }, integration);
    expect(refused.redeliverWebhook).toMatchObject({ delivery: null, userErrors: [{ code: 'INVALID_TRANSITION', message: 'delivery is being sent; try again shortly' }] });
    expect(sink.received).toHaveLength(1);
    const [retried] = await probeUntil(
      () => deliveries(hook.id),
      (d) => d[0]?.status === 'SUCCEEDED' && d[0].attempts === 3,
    );
    expect(retried).toMatchObject({ status: 'SUCCEEDED', attempts: 3 });
    // Attempt 2 died with its sender, unlogged; attempt 3 is the retry after the lease lapsed.
    expect(retried.log.map((a) => a.attempt)).toEqual([1, 3]);
    expect(sink.received.map(codeOf)).toEqual(['WH-LEASE', 'WH-LEASE']);
    const again = await t.ok(RedeliverWebhookDocument, { input: { deliveryId: done.id } }, integration);
    expect(again.redeliverWebhook).toMatchObject({ delivery: { status: 'PENDING' }, userErrors: [] });
    await probeUntil(
      async () => sink.received.length,
      (n) => n >= 3,
    );
    await pause(200);
    expect(sink.received.map(codeOf)).toEqual(['WH-LEASE', 'WH-LEASE', 'WH-LEASE']);
    await sink.close();
  });
});

describe('claims', () => {
  it('log an attempt before its request goes out; a sender whose claim was taken over completes its log line and changes nothing else', async () => {
    const sink = await startWebhookReceiver();
    sink.hold();
    const hook = await register(['MATERIAL_CHANGED'], integration, sink.url);
    await createMaterial(t, 'WH-TAKEN');
    await probeUntil(
      () => sink.received.length,
      (n) => n >= 1,
    );
    const [sending] = await deliveries(hook.id);
    expect(sending.log).toEqual([{ attempt: 1, statusCode: null, outcome: 'SENDING', error: expect.stringMatching(/awaited/) }]);
    // Another (live) process takes the delivery over while this one's request is still open.
    await t.sql(`INSERT INTO webhook_sender (id, beat_at) VALUES ('whs_other', now() + interval '1 hour')`);
    await t.sql(`UPDATE webhook_delivery SET attempts = attempts + 1, leased_by = 'whs_other' WHERE id = $1`, [sending.id]);
    sink.release();
    const [after] = await probeUntil(
      () => deliveries(hook.id),
      (d) => d[0]?.log[0]?.outcome === 'SUCCEEDED',
    );
    expect(after.log).toEqual([{ attempt: 1, statusCode: 204, outcome: 'SUCCEEDED', error: null }]);
    expect(after).toMatchObject({ status: 'PENDING', attempts: 2, deliveredAt: null });
    // That process dies: its claim lapses with its heartbeat and this one sends again.
    await t.sql(`UPDATE webhook_sender SET beat_at = now() - interval '1 hour' WHERE id = 'whs_other'`);
    const [retried] = await probeUntil(
      () => deliveries(hook.id),
      (d) => d[0]?.status === 'SUCCEEDED',
    );
    expect(retried).toMatchObject({ status: 'SUCCEEDED', attempts: 3 });
    expect(retried.log.map((a) => [a.attempt, a.outcome])).toEqual([
      [1, 'SUCCEEDED'],
      [3, 'SUCCEEDED'],
    ]);
    expect(new Set(sink.received.map((r) => r.headers['lotgraph-delivery-id']))).toEqual(new Set([sending.id]));
    await sink.close();
  });
});

describe('dispatcher', () => {
  it("creates each event's delivery once for every interested webhook, a whole batch in one statement", async () => {
    const sinks = await Promise.all([1, 2, 3].map(() => startWebhookReceiver()));
    const hooks = await Promise.all(sinks.map((s) => register(['MATERIAL_CHANGED'], integration, s.url)));
    const uninterested = await register(['CAPA_STATUS_CHANGED'], integration, sinks[0].url);
    const codes = ['WH-MANY-1', 'WH-MANY-2', 'WH-MANY-3', 'WH-MANY-4'];
    // Holds the dispatcher's cursor so that the four events pile up into one batch.
    const holder = new PgClient({ connectionString: t.databaseUrl });
    await holder.connect();
    const statements = jest.spyOn(t.server.platform.dataSource.logger, 'logQuery');
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM webhook_dispatch_cursor WHERE id = 1 FOR UPDATE');
      for (const code of codes) await createMaterial(t, code);
      await holder.query('COMMIT');
      await probeUntil(
        async () => sinks.map((s) => s.received.filter((r) => codes.includes(codeOf(r) ?? '')).length),
        (n) => n.every((x) => x >= codes.length),
      );
      await pause(300);
    } finally {
      await holder.end();
    }
    const sql = statements.mock.calls.map(([query]) => query);
    statements.mockRestore();
    const inserts = sql.filter((q) => /^\s*INSERT INTO webhook_delivery\b/.test(q)).length;
    const batches = sql.filter((q) => q.startsWith('UPDATE webhook_dispatch_cursor')).length;
    expect(batches).toBeGreaterThanOrEqual(1);
    expect(inserts).toBeLessThanOrEqual(batches);
    for (const sink of sinks)
      expect(
        sink.received
          .map(codeOf)
          .filter((c) => codes.includes(c ?? ''))
          .sort(),
      ).toEqual(codes);
    const rows = await t.sql<{ webhook_id: string; n: number }>(
      `SELECT webhook_id, count(*)::int AS n FROM webhook_delivery WHERE webhook_id = ANY($1) AND body->'data'->'materialChanged'->'material'->>'code' = ANY($2) GROUP BY webhook_id ORDER BY webhook_id`,
      [[...hooks.map((h) => h.id), uninterested.id], codes],
    );
    expect(rows).toEqual(hooks.map((h) => ({ webhook_id: h.id, n: codes.length })).sort((a, b) => a.webhook_id.localeCompare(b.webhook_id)));
    const pairs = await t.sql<{ n: number; distinct_pairs: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT (webhook_id, event_id))::int AS distinct_pairs FROM webhook_delivery WHERE webhook_id = ANY($1)`,
      [hooks.map((h) => h.id)],
    );
    expect(pairs).toEqual([{ n: 12, distinct_pairs: 12 }]);
    await Promise.all(sinks.map((s) => s.close()));
  });
});

describe('bodies that cannot be built', () => {
  it("are not sent half-built: the delivery waits, says so without the cause's text, and goes out whole once the read works again", async () => {
    const { material, supplier, locationId } = await receivingSetup(t, 'WH-FAULT');
    const sink = await startWebhookReceiver();
    const hook = await register(['LOT_STATUS_CHANGED'], integration, sink.url);
    // Every LotStatusChanged body reads the lot's material (Lot.udi); here that read fails until the table is back.
    const holder = new PgClient({ connectionString: t.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM webhook_dispatch_cursor WHERE id = 1 FOR UPDATE');
      await receive(t, { materialId: material.id, supplierId: supplier.id, supplierLotNumber: 'WH-FAULT-L1', quantity: '5', locationId });
      await holder.query('ALTER TABLE material RENAME TO material_hidden_by_test');
      await holder.query('COMMIT');
      const [waiting] = await probeUntil(
        () => deliveries(hook.id),
        (d) => (d[0]?.attempts ?? 0) >= 2,
      );
      expect(waiting).toMatchObject({ status: 'PENDING', lastStatusCode: null, lastError: 'the lotStatusChanged event could not be built; it is tried again', log: [] });
      expect(sink.received).toEqual([]);
    } finally {
      await holder.query('ALTER TABLE IF EXISTS material_hidden_by_test RENAME TO material').catch(() => undefined);
      await holder.end();
    }
    const [sent] = await probeUntil(
      () => deliveries(hook.id),
      (d) => d[0]?.status === 'SUCCEEDED',
    );
    expect(sent.log.map((a) => a.statusCode)).toEqual([204]);
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].json).toMatchObject({ data: { lotStatusChanged: { status: 'QUARANTINE', lot: { supplierLotNumber: 'WH-FAULT-L1' } } } });
    expect(sink.received[0].json.errors).toBeUndefined();
    await sink.close();
  });
});

describe('deliveries', () => {
  it('are signed with HMAC-SHA256 over the timestamp and body', async () => {
    const hook = await register(['MATERIAL_CHANGED']);
    await createMaterial(t, 'WH-SIGNED');
    const got = await probeUntil(
      async () => receiver.received.filter((r) => r.json.extensions.eventType === 'MATERIAL_CHANGED'),
      (r) => r.length >= 1,
    );
    const delivery = got[0];
    expect(delivery.json.data).toMatchObject({ materialChanged: { material: { code: 'WH-SIGNED' } } });
    expect(verifySignatureHeader(SECRET, String(delivery.headers['lotgraph-signature']), delivery.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifySignatureHeader(SECRET, String(delivery.headers['lotgraph-signature']), delivery.body.replace('WH-SIGNED', 'WH-FORGED'), Math.floor(Date.now() / 1000))).toBe(false);
    expect(delivery.headers['lotgraph-event-id']).toBe(delivery.json.extensions.eventId);
    expect(delivery.headers['lotgraph-event-type']).toBe('MATERIAL_CHANGED');
    const log = await probeUntil(
      () => deliveries(hook.id),
      (d) => d[0]?.status === 'SUCCEEDED',
    );
    expect(log[0]).toMatchObject({ type: 'MATERIAL_CHANGED', status: 'SUCCEEDED', attempts: 1, lastStatusCode: 204 });
  });

  it('are retried with backoff after the receiver fails twice, and the log shows every attempt', async () => {
    const flaky = await startWebhookReceiver();
    const hook = await register(['MATERIAL_CHANGED'], integration, flaky.url);
    flaky.failNextRequests(2);
    await createMaterial(t, 'WH-RETRY');
    const log = await probeUntil(
      () => deliveries(hook.id),
      (d) => d.some((x) => materialCodeOf(x) === 'WH-RETRY' && x.status === 'SUCCEEDED'),
    );
    const retried = log.find((x) => materialCodeOf(x) === 'WH-RETRY')!;
    expect(retried).toMatchObject({ status: 'SUCCEEDED', attempts: 3 });
    expect(retried.log.map((a) => a.statusCode)).toEqual([500, 500, 204]);
    expect(flaky.received.map((r) => r.json.extensions.eventId)).toEqual(Array(3).fill(flaky.received[0].json.extensions.eventId));
    await flaky.close();
  });

  it("carry only what the webhook's owner may read", async () => {
    const mine = await register(['CAPA_STATUS_CHANGED', 'MATERIAL_CHANGED']);
    const admins = await register(['CAPA_STATUS_CHANGED'], 'ADMIN');
    const capa = await t.ok(OpenCapaDocument, { input: { title: 'Webhook scope', description: 'd', dueOn: daysFromToday(30) } }, 'QA_MANAGER');
    expect(capa.openCapa.userErrors).toEqual([]);
    await createMaterial(t, 'WH-SCOPE');
    await probeUntil(
      () => deliveries(admins.id, 'ADMIN'),
      (d) => d.length >= 1,
    );
    await probeUntil(
      () => deliveries(mine.id),
      (d) => d.length >= 1,
    );
    expect((await deliveries(admins.id, 'ADMIN')).map((d) => d.type)).toEqual(['CAPA_STATUS_CHANGED']);
    expect((await deliveries(mine.id)).map((d) => d.type)).toEqual(['MATERIAL_CHANGED']);
    const otherAccount = await t.gql(`{ webhookDeliveries(webhookId: "${mine.id}", first: 1) { totalCount } }`, {}, { roles: ['INTEGRATION'], sub: 'svc-other' });
    expect(otherAccount.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [delivery] = await deliveries(mine.id);
    const asNode = (caller: Caller) =>
      t.gql<{ node: { __typename: string; type: string } | null }, unknown>(`{ node(id: "${delivery.id}") { __typename ... on WebhookDelivery { type } } }`, {}, caller);
    expect((await asNode(integration)).data?.node).toEqual({ __typename: 'WebhookDelivery', type: 'MATERIAL_CHANGED' });
    expect((await asNode({ roles: ['INTEGRATION'], sub: 'svc-other' })).data?.node).toBeNull();
  });

  it('stop while the webhook is disabled, for its owner or ADMIN only', async () => {
    const paused = await startWebhookReceiver();
    const hook = await register(['MATERIAL_CHANGED'], integration, paused.url);
    const other = await t.ok(SetWebhookStatusDocument, { input: { id: hook.id, expectedVersion: 1, status: 'DISABLED', reason: 'r' } }, { roles: ['INTEGRATION'], sub: 'svc-other' });
    expect(other.setWebhookStatus.userErrors[0].code).toBe('NOT_FOUND');
    const off = await t.ok(SetWebhookStatusDocument, { input: { id: hook.id, expectedVersion: 1, status: 'DISABLED', reason: 'Partner maintenance' } }, integration);
    expect(off.setWebhookStatus.webhook).toMatchObject({ status: 'DISABLED', version: 2 });
    await createMaterial(t, 'WH-PAUSED');
    await createMaterial(t, 'WH-MARKER');
    await probeUntil(
      async () => receiver.received.some((r) => codeOf(r) === 'WH-MARKER'),
      (seen) => seen,
    );
    expect(paused.received).toEqual([]);
    await t.ok(SetWebhookStatusDocument, { input: { id: hook.id, expectedVersion: 2, status: 'ACTIVE', reason: 'Back' } }, 'ADMIN');
    await createMaterial(t, 'WH-RESUMED');
    await probeUntil(
      async () => paused.received.length,
      (n) => n >= 1,
    );
    expect(paused.received.map(codeOf)).toEqual(['WH-RESUMED']);
    await paused.close();
  });

  it("stop for an owner who was deactivated, and follow a provisioned owner's current roles", async () => {
    const created = await t.ok(CreateUserDocument, { input: { subject: 'svc-wms', printedName: 'WMS connector', roles: ['INTEGRATION'] } }, 'ADMIN');
    const owner: Caller = { roles: ['INTEGRATION'], sub: 'svc-wms', name: 'WMS connector' };
    const sink = await startWebhookReceiver();
    await register(['MATERIAL_CHANGED'], owner, sink.url);
    await createMaterial(t, 'WH-OWNER-1');
    await probeUntil(
      async () => sink.received.length,
      (n) => n >= 1,
    );
    const off = await t.ok(DeactivateUserDocument, { input: { id: created.createUser.user!.id, expectedVersion: 1, reason: 'Connector retired' } }, 'ADMIN');
    expect(off.deactivateUser.userErrors).toEqual([]);
    await createMaterial(t, 'WH-OWNER-2');
    await createMaterial(t, 'WH-OWNER-MARK');
    await probeUntil(
      async () => receiver.received.some((r) => codeOf(r) === 'WH-OWNER-MARK'),
      (seen) => seen,
    );
    expect(sink.received.map(codeOf)).toEqual(['WH-OWNER-1']);
    await sink.close();
  });

  it('survive a restart, and are sent once more, exactly once, when redelivered', async () => {
    // A receiver of its own: the shared one also gets other webhooks' retries, which would race this count.
    const sink = await startWebhookReceiver();
    const hook = await register(['MATERIAL_CHANGED'], integration, sink.url);
    sink.failNextRequests(1_000_000);
    await createMaterial(t, 'WH-RESTART');
    await probeUntil(
      () => deliveries(hook.id),
      (d) => d.some((x) => x.attempts >= 1),
    );
    await t.server.close();
    sink.failNextRequests(0);
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: t.databaseUrl,
      JWT_SECRET: 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz',
      LOG_LEVEL: 'silent',
      ...FAST,
    });
    const restarted = await startLotgraph(config, { log: pino({ level: 'silent' }) });
    const deliveryRow = async () =>
      ((await restarted.platform.dataSource.query(`SELECT id, status, attempts FROM webhook_delivery WHERE webhook_id = $1`, [hook.id])) as { id: string; status: string; attempts: number }[])[0];
    const sendsOf = (id: string) => sink.received.filter((r) => r.headers['lotgraph-delivery-id'] === id);
    try {
      const delivery = await probeUntil(deliveryRow, (row) => row?.status === 'SUCCEEDED');
      expect(delivery.status).toBe('SUCCEEDED');
      const before = sendsOf(delivery.id).length;
      expect(before).toBe(delivery.attempts);
      const res = await fetch(`${restarted.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token(integration)}` },
        body: JSON.stringify({
          query: 'mutation($i: RedeliverWebhookInput!) { redeliverWebhook(input: $i) { delivery { status } userErrors { code } } }',
          variables: { i: { deliveryId: delivery.id } },
        }),
      });
      expect(await res.json()).toMatchObject({ data: { redeliverWebhook: { delivery: { status: 'PENDING' }, userErrors: [] } } });
      await probeUntil(deliveryRow, (row) => row.status === 'SUCCEEDED' && row.attempts > delivery.attempts);
      // Twenty poll intervals more: a second claim of the same delivery would have been sent by now.
      await pause(20 * Number(FAST.WEBHOOK_POLL_MS));
      const again = sendsOf(delivery.id).slice(before);
      expect(again.map(codeOf)).toEqual(['WH-RESTART']);
      // Every attempt the delivery counts was one request, across the restart too.
      expect(sendsOf(delivery.id)).toHaveLength((await deliveryRow()).attempts);
      expect(new Set(sink.received.map(codeOf))).toEqual(new Set(['WH-RESTART']));
    } finally {
      await restarted.close();
      await sink.close();
    }
  });
});
