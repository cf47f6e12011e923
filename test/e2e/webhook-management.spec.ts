import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';
import { materialCodeOf, startWebhookReceiver, type ReceivedDelivery } from '../support/webhook-receiver';
import { verifySignatureHeader } from '../../src/modules/webhooks/webhook-signature';
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  UpdateWebhookDocument,
  WebhookDeliveriesDocument,
  WebhookEventTypesDocument,
  WebhooksDocument,
  type WebhookEventType,
} from '../generated/graphql';
import { probeUntil } from '../support/probe-until';

const SECRET = 'whsec-manage-0123456789';
const ROTATED = 'whsec-rotated-9876543210';
const mes: Caller = { roles: ['INTEGRATION'], sub: 'svc-mes', name: 'MES connector' };
const lims: Caller = { roles: ['INTEGRATION'], sub: 'svc-lims', name: 'LIMS connector' };

let t: TestServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  t = await createTestServer({ WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_POLL_MS: '50' });
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

async function register(as: Caller | 'ADMIN', eventTypes: WebhookEventType[] = ['MATERIAL_CHANGED'], url = receiver.url) {
  const res = await t.ok(CreateWebhookDocument, { input: { url, eventTypes, secret: SECRET } }, as);
  expect(res.createWebhook.userErrors).toEqual([]);
  return res.createWebhook.webhook!;
}

const listed = async (as: Caller | 'ADMIN') => (await t.ok(WebhooksDocument, {}, as)).webhooks!.edges.map((e) => e.node.id).sort();

describe('who manages a webhook', () => {
  it('an INTEGRATION account lists, changes and deletes only the webhooks it registered; ADMIN manages every one', async () => {
    const mine = await register(mes);
    const theirs = await register(lims);
    const admins = await register('ADMIN');
    expect(await listed(mes)).toEqual([mine.id]);
    expect(await listed(lims)).toEqual([theirs.id]);
    expect(await listed('ADMIN')).toEqual([mine.id, theirs.id, admins.id].sort());

    // Deny first: another INTEGRATION account does not even find it, and a role without webhook rights is refused outright.
    const foreignUpdate = await t.ok(UpdateWebhookDocument, { input: { id: mine.id, expectedVersion: 1, eventTypes: ['ALERT_RAISED'], reason: 'Take over' } }, lims);
    expect(foreignUpdate.updateWebhook).toMatchObject({ webhook: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }] });
    const foreignDelete = await t.ok(DeleteWebhookDocument, { input: { id: mine.id, expectedVersion: 1, reason: 'Take over' } }, lims);
    expect(foreignDelete.deleteWebhook).toMatchObject({ deletedWebhookId: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const adminsFromIntegration = await t.ok(DeleteWebhookDocument, { input: { id: admins.id, expectedVersion: 1, reason: 'r' } }, mes);
    expect(adminsFromIntegration.deleteWebhook.userErrors[0].code).toBe('NOT_FOUND');
    for (const role of ['WAREHOUSE', 'QA_MANAGER', 'SUPPLIER', 'AUDITOR'] as const) {
      const refused = await t.gql(UpdateWebhookDocument, { input: { id: mine.id, expectedVersion: 1, reason: 'r' } }, role);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await listed('ADMIN')).toEqual([mine.id, theirs.id, admins.id].sort());

    // Then allowed: the owner changes its own, ADMIN changes and deletes another's.
    const changed = await t.ok(UpdateWebhookDocument, { input: { id: mine.id, expectedVersion: 1, eventTypes: ['LOT_STATUS_CHANGED', 'ALERT_RAISED'], reason: 'Now following lots' } }, mes);
    expect(changed.updateWebhook).toMatchObject({ userErrors: [], webhook: { id: mine.id, version: 2, eventTypes: ['LOT_STATUS_CHANGED', 'ALERT_RAISED'], ownerName: 'MES connector' } });
    const stale = await t.ok(DeleteWebhookDocument, { input: { id: mine.id, expectedVersion: 1, reason: 'Retired' } }, mes);
    expect(stale.deleteWebhook.userErrors[0]).toMatchObject({ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] });
    const moved = await t.ok(UpdateWebhookDocument, { input: { id: theirs.id, expectedVersion: 1, url: 'https://lims.example.com/hooks', reason: 'Endpoint moved' } }, 'ADMIN');
    expect(moved.updateWebhook.webhook).toMatchObject({ url: 'https://lims.example.com/hooks', ownerName: 'LIMS connector', version: 2 });
    const deleted = await t.ok(DeleteWebhookDocument, { input: { id: theirs.id, expectedVersion: 2, reason: 'Connector retired' } }, 'ADMIN');
    expect(deleted.deleteWebhook).toEqual({ deletedWebhookId: theirs.id, userErrors: [] });
    expect(await listed(lims)).toEqual([]);
    const ownDelete = await t.ok(DeleteWebhookDocument, { input: { id: mine.id, expectedVersion: 2, reason: 'Retired' } }, mes);
    expect(ownDelete.deleteWebhook).toEqual({ deletedWebhookId: mine.id, userErrors: [] });
    expect(await listed('ADMIN')).toEqual([admins.id]);
  });

  it('validates a change like a registration, and a refused change writes nothing', async () => {
    const hook = await register(mes);
    const bad = await t.ok(UpdateWebhookDocument, { input: { id: hook.id, expectedVersion: 1, url: 'ftp://x', secret: 'short', reason: 'r' } }, mes);
    expect(bad.updateWebhook.userErrors.map((e) => e.field)).toEqual([
      ['input', 'url'],
      ['input', 'secret'],
    ]);
    const none = await t.ok(UpdateWebhookDocument, { input: { id: hook.id, expectedVersion: 1, eventTypes: [], reason: 'r' } }, mes);
    expect(none.updateWebhook.userErrors.map((e) => e.field)).toEqual([['input', 'eventTypes']]);
    expect((await t.ok(WebhooksDocument, {}, mes)).webhooks!.edges.find((e) => e.node.id === hook.id)?.node).toMatchObject({ url: receiver.url, eventTypes: ['MATERIAL_CHANGED'] });
  });
});

describe('event types', () => {
  it('are an enum; the deprecated free-string events still accept the outbox names and the enum names, and refuse unknown ones', async () => {
    const res = await t.ok(CreateWebhookDocument, { input: { url: receiver.url, events: ['LotStatusChanged', 'LOT_STATUS_CHANGED', 'AlertRaised'], secret: SECRET } }, mes);
    expect(res.createWebhook).toMatchObject({ userErrors: [], webhook: { eventTypes: ['LOT_STATUS_CHANGED', 'ALERT_RAISED'], events: ['LotStatusChanged', 'AlertRaised'] } });
    const unknown = await t.ok(CreateWebhookDocument, { input: { url: receiver.url, events: ['LotStatusChanged', 'LotExploded'], secret: SECRET } }, mes);
    expect(unknown.createWebhook.userErrors).toEqual([{ code: 'VALIDATION_FAILED', field: ['input', 'events'], message: expect.stringContaining('LotExploded') }]);
    const neither = await t.ok(CreateWebhookDocument, { input: { url: receiver.url, secret: SECRET } }, mes);
    expect(neither.createWebhook.userErrors.map((e) => e.field)).toEqual([['input', 'eventTypes']]);
    const notAnEnumValue = await t.gql(`mutation { createWebhook(input: { url: "${receiver.url}", eventTypes: [LotStatusChanged], secret: "${SECRET}" }) { userErrors { code } } }`, {}, mes);
    expect(notAnEnumValue.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('name, for each type, the subscription whose event a delivery carries and the document it executes', async () => {
    const webhookEventTypes = (await t.ok(WebhookEventTypesDocument, {}, mes)).webhookEventTypes!;
    const bySubscription = Object.fromEntries(webhookEventTypes.filter((e) => e.subscription).map((e) => [e.type, e.subscription]));
    expect(bySubscription).toEqual({
      ALERT_RAISED: 'alerts',
      CAPA_STATUS_CHANGED: 'capaStatusChanged',
      EQUIPMENT_STATUS_CHANGED: 'equipmentStatusChanged',
      INSPECTION_COMPLETED: 'inspectionCompleted',
      LOT_STATUS_CHANGED: 'lotStatusChanged',
      MATERIAL_CHANGED: 'materialChanged',
      ORDER_STATUS_CHANGED: 'orderStatusChanged',
      SUPPLIER_QUALIFICATION_CHANGED: 'supplierQualificationChanged',
    });
    const lot = webhookEventTypes.find((e) => e.type === 'LOT_STATUS_CHANGED')!;
    expect(lot.document).toMatch(/^subscription WebhookLotStatusChanged \{\n {2}lotStatusChanged \{\n {4}eventId\n[\s\S]* {4}lot \{\n[\s\S]* {6}lotNumber\n/);
    expect(webhookEventTypes.filter((e) => !e.subscription).every((e) => e.document === null)).toBe(true);
    expect(webhookEventTypes).toHaveLength(18);
  });
});

describe('changes reach the sender', () => {
  it('a rotated secret signs the next attempt, and a deleted webhook is sent nothing more, not even a pending retry', async () => {
    const down = await startWebhookReceiver();
    try {
      down.failNextRequests(1_000_000);
      const hook = await register(mes, ['MATERIAL_CHANGED'], down.url);
      await createMaterial(t, 'WHM-ROTATE');
      await probeUntil(
        async () => down.received.length,
        (n) => n >= 1,
      );
      expect(verifySignatureHeader(SECRET, String(down.received[0].headers['lotgraph-signature']), down.received[0].body, Math.floor(Date.now() / 1000))).toBe(true);
      const rotated = await t.ok(UpdateWebhookDocument, { input: { id: hook.id, expectedVersion: 1, secret: ROTATED, reason: 'Quarterly key rotation' } }, mes);
      expect(rotated.updateWebhook.userErrors).toEqual([]);
      const before = down.received.length;
      const signedWith = (secret: string) => (r: ReceivedDelivery) => verifySignatureHeader(secret, String(r.headers['lotgraph-signature']), r.body, Math.floor(Date.now() / 1000));
      const after = await probeUntil(
        async () => down.received.slice(before),
        (r) => r.some(signedWith(ROTATED)),
      );
      // A send already under way when the secret changed may still carry the old signature; every later one the new.
      const first = after.findIndex(signedWith(ROTATED));
      expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThanOrEqual(1);
      expect(after.slice(first).every(signedWith(ROTATED))).toBe(true);
      expect(after.slice(first).some(signedWith(SECRET))).toBe(false);
      // The secret is audited as replaced, never quoted.
      const audit = await t.gql<{ auditTrail: { edges: { node: { action: string; changes: { field: string; new: unknown }[] } }[] } }, unknown>(
        `{ auditTrail(filter: { entityType: "Webhook", entityId: "${hook.id}" }, first: 10) { edges { node { action changes { field new } } } } }`,
        {},
        'ADMIN',
      );
      expect(audit.data?.auditTrail.edges.map((e) => e.node.action)).toEqual(['CREATE', 'UPDATE']);
      expect(JSON.stringify(audit.data)).not.toContain(ROTATED);

      const deleted = await t.ok(DeleteWebhookDocument, { input: { id: hook.id, expectedVersion: 2, reason: 'Partner gone' } }, mes);
      expect(deleted.deleteWebhook.userErrors).toEqual([]);
      const gone = await t.gql(WebhookDeliveriesDocument, { webhookId: hook.id }, mes);
      expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // A send claimed just before the delete may still land; after it, none.
      const settled = down.received.length;
      await createMaterial(t, 'WHM-AFTER-DELETE');
      await register(mes, ['MATERIAL_CHANGED'], receiver.url);
      await createMaterial(t, 'WHM-MARK');
      await probeUntil(
        async () => receiver.received.some((r) => materialCodeOf(r) === 'WHM-MARK'),
        (seen) => seen,
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(down.received.length - settled).toBeLessThanOrEqual(1);
      expect(down.received.map(materialCodeOf).filter((c) => c !== 'WHM-ROTATE')).toEqual([]);
    } finally {
      await down.close();
    }
  });
});
