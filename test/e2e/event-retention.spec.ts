import { Client as PgClient } from 'pg';
import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';
import { startWebhookReceiver } from '../support/webhook-receiver';
import { CreateWebhookDocument, WebhookDeliveriesDocument } from '../generated/graphql';
import { pruneEvents } from '../../src/modules/retention/event-retention.job';
import { probeUntil } from '../support/probe-until';

const integration: Caller = { roles: ['INTEGRATION'], sub: 'svc-retention', name: 'Retention connector' };
let t: TestServer;
let ok: Awaited<ReturnType<typeof startWebhookReceiver>>;
let down: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  t = await createTestServer({ WEBHOOK_RETRY_BASE_MS: '60000', WEBHOOK_POLL_MS: '50', EVENT_RETENTION_DAYS: '30' });
  ok = await startWebhookReceiver();
  down = await startWebhookReceiver();
  down.failNextRequests(1_000_000);
});
afterAll(async () => {
  await ok?.close();
  await down?.close();
  await t?.close();
});

const eventsOf = async (code: string) =>
  (await t.sql<{ id: string }>(`SELECT id::text FROM outbox_event WHERE event_type = 'MaterialChanged' AND payload->'record'->>'code' = $1`, [code])).map((r) => r.id);

describe('event retention', () => {
  it('prunes old events and finished deliveries, keeps pending deliveries with their events, recent events and the audit trail', async () => {
    const register = async (url: string) =>
      (await t.ok(CreateWebhookDocument, { input: { url, eventTypes: ['MATERIAL_CHANGED'], secret: 'whsec-0123456789abcdef' } }, integration)).createWebhook.webhook!;
    const delivered = await register(ok.url);
    const failing = await register(down.url);
    await createMaterial(t, 'RET-OLD');
    await probeUntil(
      () => t.ok(WebhookDeliveriesDocument, { webhookId: delivered.id }, integration),
      (r) => r.webhookDeliveries!.edges[0]?.node.status === 'SUCCEEDED',
    );
    await probeUntil(
      () => t.ok(WebhookDeliveriesDocument, { webhookId: failing.id }, integration),
      (r) => (r.webhookDeliveries!.edges[0]?.node.attempts ?? 0) >= 1,
    );
    const [old] = await eventsOf('RET-OLD');
    await createMaterial(t, 'RET-NEW');
    const [recent] = await eventsOf('RET-NEW');
    // The recent event's delivery is sent before time moves on, so its attempt log is there to keep.
    await probeUntil(
      () => t.ok(WebhookDeliveriesDocument, { webhookId: delivered.id }, integration),
      (r) => r.webhookDeliveries!.edges.length === 2 && r.webhookDeliveries!.edges.every((e) => e.node.status === 'SUCCEEDED'),
    );
    // Forty days pass for the first event and its deliveries.
    await t.sql(`UPDATE outbox_event SET occurred_at = now() - interval '40 days' WHERE id = $1`, [old]);
    await t.sql(`UPDATE webhook_delivery SET created_at = now() - interval '40 days' WHERE event_id = $1`, [old]);
    const audit = (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry'))[0].n;

    expect(await pruneEvents(t.server.platform)).toEqual({ deliveries: 1, events: 0 });
    const left = await t.sql<{ webhook_id: string; status: string }>('SELECT webhook_id, status FROM webhook_delivery WHERE event_id = $1', [old]);
    expect(left).toEqual([{ webhook_id: failing.id, status: 'PENDING' }]);
    expect(await t.sql(`SELECT 1 FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id WHERE d.webhook_id = $1`, [delivered.id])).toHaveLength(1); // the recent event's delivery
    expect(await eventsOf('RET-OLD')).toEqual([old]);

    // Once the failing delivery is given up, its event goes too.
    await t.sql(`UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL WHERE event_id = $1`, [old]);
    expect(await pruneEvents(t.server.platform)).toEqual({ deliveries: 1, events: 1 });
    expect(await eventsOf('RET-OLD')).toEqual([]);
    expect(await eventsOf('RET-NEW')).toEqual([recent]);
    expect((await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry'))[0].n).toBe(audit);

    // An old event the webhook dispatcher has not passed yet stays: here the dispatcher is held
    // (its cursor row locked, as while another process dispatches).
    const holder = new PgClient({ connectionString: t.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM webhook_dispatch_cursor FOR UPDATE');
      await createMaterial(t, 'RET-UNDISPATCHED');
      const [undispatched] = await eventsOf('RET-UNDISPATCHED');
      await t.sql(`UPDATE outbox_event SET occurred_at = now() - interval '40 days' WHERE id = $1`, [undispatched]);
      expect((await pruneEvents(t.server.platform)).events).toBe(0);
      expect(await eventsOf('RET-UNDISPATCHED')).toEqual([undispatched]);
    } finally {
      await holder.query('COMMIT').catch(() => undefined);
      await holder.end();
    }

    const resumed = subscribe(t.ws({ authorization: `Bearer ${t.token('QA_MANAGER')}` }), `subscription { materialChanged(after: "${old}") { eventId } }`);
    await resumed.waitUntil(() => resumed.errors.length > 0, 3000);
    expect(JSON.stringify(resumed.errors)).toMatch(/No event/);
  });
});
