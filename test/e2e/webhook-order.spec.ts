import { Client as PgClient } from 'pg';
import { createTestServer, subscribe, TEST_JWT_SECRET, type Caller, type TestServer } from '../support/test-server';
import { startPeerServer } from '../support/peer-process';
import { createMaterial } from '../support/fixtures';
import { materialCodeOf, startWebhookReceiver } from '../support/webhook-receiver';
import { CreateWebhookDocument, RedeliverWebhookDocument, WebhookDeliveriesDocument } from '../generated/graphql';
import { probeUntil } from '../support/probe-until';

/**
 * What a receiver may rely on: one webhook's deliveries are sent one at a time, in the outbox's
 * order (the order a subscription gets the same events in), and a later event never overtakes an
 * earlier one that is being retried. Delivery is at least once: a redelivery (or a response lost
 * after the receiver acted) repeats an event, with the same event id.
 */
const FAST = { WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_POLL_MS: '50' };
const integration: Caller = { roles: ['INTEGRATION'], sub: 'svc-order', name: 'Ordered connector' };

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer(FAST);
});
afterAll(async () => {
  await t?.close();
});

/** Holds the dispatcher's cursor while `work` commits events, so that they become deliveries in one batch, all due at once. */
async function inOneDispatchBatch(work: () => Promise<void>): Promise<void> {
  const holder = new PgClient({ connectionString: t.databaseUrl });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM webhook_dispatch_cursor WHERE id = 1 FOR UPDATE');
    await work();
    await holder.query('COMMIT');
  } finally {
    await holder.end();
  }
}

describe('webhook delivery order', () => {
  it("sends one webhook's deliveries in the order its subscription gets the events, a later one waiting while an earlier one is retried", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const created = await t.ok(CreateWebhookDocument, { input: { url: receiver.url, eventTypes: ['MATERIAL_CHANGED'], secret: 'whsec-order-0123456789' } }, integration);
      expect(created.createWebhook.userErrors).toEqual([]);
      const hook = created.createWebhook.webhook!;
      const ws = t.ws({ authorization: `Bearer ${t.token(integration)}` });
      const base = t.subscriberCount;
      const stream = subscribe<{ materialChanged: { eventId: string; material: { code: string } } }>(ws, 'subscription { materialChanged { eventId material { code } } }');
      await t.subscribers(base + 1);
      // The first two sends fail, so the first event is retried twice before it gets through.
      receiver.failNextRequests(2);
      const codes = ['WHO-A', 'WHO-B', 'WHO-C', 'WHO-D'];
      await inOneDispatchBatch(async () => {
        for (const code of codes) await createMaterial(t, code);
      });
      await probeUntil(
        () => receiver.received.filter((r) => r.headers['lotgraph-event-id'] && materialCodeOf(r) === 'WHO-D').length,
        (n) => n >= 1,
      );
      await stream.waitFor(codes.length);

      // Every request in arrival order: the first event three times (two failures), then each later one once.
      expect(receiver.received.map(materialCodeOf)).toEqual(['WHO-A', 'WHO-A', 'WHO-A', 'WHO-B', 'WHO-C', 'WHO-D']);
      const delivered = receiver.received.slice(2).map((r) => r.json.extensions.eventId);
      expect(delivered).toEqual(stream.events.map((e) => e.materialChanged.eventId));
      // The sender records an outcome once the receiver has answered: the last one may be a moment behind.
      const log = await probeUntil(
        async () => (await t.ok(WebhookDeliveriesDocument, { webhookId: hook.id }, integration)).webhookDeliveries!.edges.map((e) => e.node),
        (deliveries) => deliveries.every((d) => d.status !== 'PENDING'),
      );
      // The log lists deliveries newest first; these four were created together.
      expect(log.map((d) => [materialCodeOf(d), d.status, d.attempts]).sort()).toEqual([
        ['WHO-A', 'SUCCEEDED', 3],
        ['WHO-B', 'SUCCEEDED', 1],
        ['WHO-C', 'SUCCEEDED', 1],
        ['WHO-D', 'SUCCEEDED', 1],
      ]);
    } finally {
      await receiver.close();
    }
  });

  it("keeps each webhook's order apart: a webhook whose receiver is down holds up none of another's deliveries", async () => {
    const down = await startWebhookReceiver();
    const up = await startWebhookReceiver();
    try {
      down.failNextRequests(1_000_000);
      for (const url of [down.url, up.url]) {
        const res = await t.ok(CreateWebhookDocument, { input: { url, eventTypes: ['MATERIAL_CHANGED'], secret: 'whsec-order-0123456789' } }, integration);
        expect(res.createWebhook.userErrors).toEqual([]);
      }
      await inOneDispatchBatch(async () => {
        for (const code of ['WHO-X1', 'WHO-X2', 'WHO-X3']) await createMaterial(t, code);
      });
      await probeUntil(
        () => up.received.length,
        (n) => n >= 3,
      );
      expect(up.received.map(materialCodeOf)).toEqual(['WHO-X1', 'WHO-X2', 'WHO-X3']);
      // The failing webhook still retries its first event only: the later two wait behind it.
      expect(new Set(down.received.map(materialCodeOf))).toEqual(new Set(['WHO-X1']));
    } finally {
      await down.close();
      await up.close();
    }
  });

  it('delivers at least once: a redelivered event comes again, after the newer ones, with the same event id to discard it by', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const res = await t.ok(CreateWebhookDocument, { input: { url: receiver.url, eventTypes: ['MATERIAL_CHANGED'], secret: 'whsec-order-0123456789' } }, integration);
      const hook = res.createWebhook.webhook!;
      await createMaterial(t, 'WHO-R1');
      await createMaterial(t, 'WHO-R2');
      const log = await probeUntil(
        () => t.ok(WebhookDeliveriesDocument, { webhookId: hook.id }, integration),
        (r) => r.webhookDeliveries!.edges.length === 2 && r.webhookDeliveries!.edges.every((e) => e.node.status === 'SUCCEEDED'),
      );
      const first = log.webhookDeliveries!.edges.find((e) => materialCodeOf(e.node) === 'WHO-R1')!.node;
      const again = await t.ok(RedeliverWebhookDocument, { input: { deliveryId: first.id } }, integration);
      expect(again.redeliverWebhook.userErrors).toEqual([]);
      await probeUntil(
        () => receiver.received.length,
        (n) => n >= 3,
      );
      expect(receiver.received.map(materialCodeOf)).toEqual(['WHO-R1', 'WHO-R2', 'WHO-R1']);
      expect(receiver.received[2].json.extensions.eventId).toBe(receiver.received[0].json.extensions.eventId);
      expect(receiver.received[2].headers['lotgraph-event-id']).toBe(first.eventId);
    } finally {
      await receiver.close();
    }
  });
});

describe('webhook delivery order across processes', () => {
  it('holds when two server processes share the sending: each attempt goes out once, and no later event overtakes a retried one', async () => {
    const peer = await startPeerServer({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: t.databaseUrl, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', ...FAST });
    const receiver = await startWebhookReceiver();
    try {
      // A slow receiver keeps each send in flight long enough for the other process to look for work meanwhile.
      receiver.answerAfter(40);
      receiver.failNextRequests(2);
      const created = await t.ok(CreateWebhookDocument, { input: { url: receiver.url, eventTypes: ['MATERIAL_CHANGED'], secret: 'whsec-order-0123456789' } }, integration);
      expect(created.createWebhook.userErrors).toEqual([]);
      const codes = ['WHO-P1', 'WHO-P2', 'WHO-P3', 'WHO-P4', 'WHO-P5'];
      await inOneDispatchBatch(async () => {
        for (const code of codes) await createMaterial(t, code);
      });
      await probeUntil(
        () => receiver.received.filter((r) => materialCodeOf(r) === 'WHO-P5').length,
        (n) => n >= 1,
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(receiver.received.map(materialCodeOf)).toEqual(['WHO-P1', 'WHO-P1', 'WHO-P1', 'WHO-P2', 'WHO-P3', 'WHO-P4', 'WHO-P5']);
      const log = (await t.ok(WebhookDeliveriesDocument, { webhookId: created.createWebhook.webhook!.id }, integration)).webhookDeliveries!.edges.map((e) => e.node);
      expect(log.reduce((n, d) => n + d.attempts, 0)).toBe(receiver.received.length);
    } finally {
      await receiver.close();
      await peer.stop();
    }
  }, 60_000);
});
