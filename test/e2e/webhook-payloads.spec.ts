import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'graphql-ws';
import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { approveSource, createMaterial, createSupplier, daysFromToday } from '../support/fixtures';
import { inspectionSetup } from '../support/quality-fixtures';
import { startWebhookReceiver, type ReceivedDelivery, type WebhookBodyJson } from '../support/webhook-receiver';
import {
  AddCapaActionDocument,
  AdvanceCapaDocument,
  CreateCustomerDocument,
  CreateLocationDocument,
  CreatePurchaseOrderDocument,
  CreateUserDocument,
  CreateWebhookDocument,
  OpenCapaDocument,
  OpenMaintenanceOrderDocument,
  ReviewNonconformanceDocument,
  SetEquipmentStatusDocument,
  SetSupplierQualificationDocument,
  UpdateSiteDocument,
  UpdateUserDocument,
  WebhookEventTypesDocument,
  type WebhookEventType,
} from '../generated/graphql';

/**
 * A delivery body is the `next` payload its event's subscription sends a subscriber with the
 * webhook owner's rights: same events (row rules), same fields, same masked fields with the same
 * FORBIDDEN errors. Four owners (ADMIN, INTEGRATION, an owner now scoped to one supplier, one
 * now a BI_READER) each get a webhook for every event type and, beside it, a graphql-ws
 * subscription to each event's subscription with the document the webhook executes; one
 * scenario raises every event type, then each webhook is compared with its subscriptions.
 */
const FAST = { WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_POLL_MS: '50' };
const SECRET = 'whsec-payloads-0123456789';
const END = 'WHP-END';

interface Owner {
  name: string;
  /** Who registers the webhook (an INTEGRATION account for the provisioned owners). */
  registrar: Caller | 'ADMIN';
  /** Who the owner is when the events happen, as a subscriber. */
  subscriber: Caller;
  receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  streams: Map<string, WebhookBodyJson[]>;
}

let t: TestServer;
let owners: Owner[];
let documents: { type: WebhookEventType; subscription: string | null; document: string | null }[];
let supplierEmail: string;
let scenarioStart: number;

let refusedSubscriptions = 0;

/** Every `next` payload of one subscription, whole (data and errors), in arrival order; a refused subscription stays empty. */
function collect(client: Client, query: string): WebhookBodyJson[] {
  const payloads: WebhookBodyJson[] = [];
  client.subscribe(
    { query },
    {
      // A refused subscription (its source stream could not be created) answers errors without data, then completes.
      next: (value) => void (value.data ? payloads.push(value as unknown as WebhookBodyJson) : refusedSubscriptions++),
      error: () => void refusedSubscriptions++,
      complete: () => undefined,
    },
  );
  return payloads;
}

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

const fieldOf = (body: WebhookBodyJson) => Object.keys(body.data ?? {})[0];
const eventIdOf = (body: WebhookBodyJson, field: string) => String(body.data?.[field]?.eventId);
const isEnd = (body: WebhookBodyJson) => body.data?.supplierQualificationChanged?.reason === END;

async function provisioned(subject: string): Promise<{ id: string; caller: Caller }> {
  const res = await t.ok(CreateUserDocument, { input: { subject, printedName: `Connector ${subject}`, roles: ['INTEGRATION'] } }, 'ADMIN');
  expect(res.createUser.userErrors).toEqual([]);
  return { id: res.createUser.user!.id, caller: { roles: ['INTEGRATION'], sub: subject, name: `Connector ${subject}` } };
}

async function versionOf(id: string): Promise<number> {
  const res = await t.gql<{ node: { version: number } }, unknown>(`{ node(id: "${id}") { ... on Versioned { version } } }`, {}, 'ADMIN');
  return res.data!.node.version;
}

beforeAll(async () => {
  t = await createTestServer(FAST);
  const setup = await inspectionSetup(t, 'WHP');
  supplierEmail = 'whp-sup@example.com';
  documents = (await t.ok(WebhookEventTypesDocument, {}, 'ADMIN')).webhookEventTypes!;
  const allTypes = documents.map((d) => d.type);

  const push = await provisioned('svc-push');
  const portal = await provisioned('svc-portal');
  const bi = await provisioned('svc-bi');
  const owned: Omit<Owner, 'receiver' | 'streams'>[] = [
    { name: 'ADMIN', registrar: 'ADMIN', subscriber: { roles: ['ADMIN'] } },
    { name: 'INTEGRATION', registrar: push.caller, subscriber: push.caller },
    { name: 'SUPPLIER', registrar: portal.caller, subscriber: { roles: ['SUPPLIER'], sub: 'svc-portal', name: 'Connector svc-portal', supplierId: setup.supplier.id } },
    { name: 'BI_READER', registrar: bi.caller, subscriber: { roles: ['BI_READER'], sub: 'svc-bi', name: 'Connector svc-bi' } },
  ];
  owners = [];
  for (const o of owned) {
    const receiver = await startWebhookReceiver();
    const created = await t.ok(CreateWebhookDocument, { input: { url: receiver.url, eventTypes: allTypes, secret: SECRET } }, o.registrar);
    expect(created.createWebhook.userErrors).toEqual([]);
    owners.push({ ...o, receiver, streams: new Map() });
  }
  // Two registrars lose their INTEGRATION rights: their webhooks deliver as a supplier portal and as a BI reader now.
  const toSupplier = await t.ok(UpdateUserDocument, { input: { id: portal.id, expectedVersion: 1, reason: 'Supplier portal account', roles: ['SUPPLIER'], supplierId: setup.supplier.id } }, 'ADMIN');
  expect(toSupplier.updateUser.userErrors).toEqual([]);
  const toBi = await t.ok(UpdateUserDocument, { input: { id: bi.id, expectedVersion: 1, reason: 'Reporting only', roles: ['BI_READER'] } }, 'ADMIN');
  expect(toBi.updateUser.userErrors).toEqual([]);

  const base = t.subscriberCount;
  const carried = documents.filter((d) => d.document);
  for (const o of owners) {
    const client = t.ws({ authorization: `Bearer ${t.token(o.subscriber)}` });
    for (const d of carried) o.streams.set(d.subscription!, collect(client, d.document!));
  }
  // A role that may not read a subscription's records is refused it (FORBIDDEN): its webhook must then get none of them either.
  await until(() => t.subscriberCount - base + refusedSubscriptions === owners.length * carried.length);
  expect(t.subscriberCount - base + refusedSubscriptions).toBe(owners.length * carried.length);

  // The scenario: every event type at least once. Only its events are compared: under load the relay may still be
  // publishing the setup's events when the subscriptions start, and those reach a subscriber but no webhook (younger than them).
  scenarioStart = Date.now();
  const other = await createSupplier(t, 'WHP-OTHER', 'APPROVED');
  await approveSource(t, setup.material.id, other.id);
  await t.ok(CreateLocationDocument, { input: { siteId: setup.siteId, code: 'WHP-RACK-9', name: 'Rack 9', type: 'STORAGE' } }, 'ADMIN');
  await t.ok(UpdateSiteDocument, { input: { id: setup.siteId, expectedVersion: await versionOf(setup.siteId), name: 'Suzhou plant', reason: 'Renamed' } }, 'ADMIN');
  const failed = await setup.failedLot('WHP-L1');
  const passed = await setup.lot('WHP-L2', '20', other.id);
  await setup.inspect(passed.id, ['2.35', '2.36']);
  const reviewed = await t.ok(
    ReviewNonconformanceDocument,
    { input: { id: failed.nonconformance.id, expectedVersion: await versionOf(failed.nonconformance.id), summary: 'Diameter over the upper limit on sample 2' } },
    'QA_MANAGER',
  );
  expect(reviewed.reviewNonconformance.userErrors).toEqual([]);
  const capa = await t.ok(OpenCapaDocument, { input: { title: 'Tube diameter drift', description: 'Supplier extrusion drift', dueOn: daysFromToday(30) } }, 'QA_MANAGER');
  const capaId = capa.openCapa.capa!.id;
  const engineer = await t.ok(CreateUserDocument, { input: { subject: 'qa-liu', printedName: 'Liu Yang', roles: ['QA_MANAGER'] } }, 'ADMIN');
  const engineerId = engineer.createUser.user!.id;
  expect((await t.ok(AdvanceCapaDocument, { input: { id: capaId, expectedVersion: 1, to: 'TRIAGE', reason: 'Triage' } }, 'QA_MANAGER')).advanceCapa.userErrors).toEqual([]);
  const investigating = await t.ok(
    AdvanceCapaDocument,
    {
      input: { id: capaId, expectedVersion: 2, to: 'INVESTIGATION', reason: 'Investigate', ownerId: engineerId, risk: 'MEDIUM', containment: 'Lots on hold' },
    },
    'QA_MANAGER',
  );
  expect(investigating.advanceCapa.userErrors).toEqual([]);
  const action = await t.ok(AddCapaActionDocument, { input: { capaId, expectedVersion: 3, description: 'Audit the extruder', dueOn: daysFromToday(14), ownerId: engineerId } }, 'QA_MANAGER');
  expect(action.addCapaAction.userErrors).toEqual([]);
  const out = await t.ok(SetEquipmentStatusDocument, { input: { id: setup.gauge, expectedVersion: await versionOf(setup.gauge), status: 'OUT_OF_SERVICE', reason: 'Dropped' } }, 'MAINTENANCE');
  expect(out.setEquipmentStatus.userErrors).toEqual([]);
  const order = await t.ok(OpenMaintenanceOrderDocument, { input: { equipmentId: setup.gauge, kind: 'CORRECTIVE', description: 'Check the anvil' } }, 'MAINTENANCE');
  expect(order.openMaintenanceOrder.userErrors).toEqual([]);
  const po = await t.ok(
    CreatePurchaseOrderDocument,
    {
      input: { supplierId: setup.supplier.id, currency: 'CNY', lines: [{ materialId: setup.material.id, quantity: '100', unitPrice: '1.25', dueOn: daysFromToday(20) }] },
    },
    'PURCHASING',
  );
  expect(po.createPurchaseOrder.userErrors).toEqual([]);
  await t.ok(CreateCustomerDocument, { input: { code: 'WHP-CUST', name: 'Suzhou Medical Distribution', contactEmail: 'buyer@example.cn' } }, 'SALES');
  await createMaterial(t, 'WHP-NEW');
  const end = await t.ok(
    SetSupplierQualificationDocument,
    {
      input: { id: setup.supplier.id, expectedVersion: await versionOf(setup.supplier.id), status: 'CONDITIONAL', expiresOn: daysFromToday(90), reason: END },
    },
    'QA_MANAGER',
  );
  expect(end.setSupplierQualification.userErrors).toEqual([]);

  // Each webhook's deliveries come in outbox order, so once the last event is in, so is every earlier one.
  for (const o of owners) {
    await until(() => o.receiver.received.some((r) => isEnd(r.json)) && o.streams.get('supplierQualificationChanged')!.some(isEnd));
    for (const [field, stream] of o.streams) await until(() => stream.length >= bodiesOf(o, field).length, 5_000);
  }
}, 120_000);

afterAll(async () => {
  await Promise.all((owners ?? []).map((o) => o.receiver.close()));
  await t?.close();
});

function bodiesOf(o: Owner, field: string): WebhookBodyJson[] {
  return o.receiver.received.map((r) => r.json).filter((b) => fieldOf(b) === field);
}

const inScenario = (body: WebhookBodyJson) => Date.parse(String(Object.values(body.data ?? {})[0]?.occurredAt)) >= scenarioStart;

/** What a receiver can compare: the body without `extensions` (which a subscription payload does not carry). */
const asPayload = ({ data, errors }: WebhookBodyJson) =>
  errors ? { data, errors: errors.map(({ message, path, extensions }) => ({ message, path, extensions: { code: extensions.code } })) } : { data };

describe('webhook payloads', () => {
  it.each(['ADMIN', 'INTEGRATION', 'SUPPLIER', 'BI_READER'])('owned by %s: the same events, fields and masked fields as its subscriptions', (name) => {
    const o = owners.find((x) => x.name === name)!;
    for (const [field, all] of o.streams) {
      const stream = all.filter(inScenario);
      const delivered = bodiesOf(o, field).filter(inScenario);
      expect({ field, eventIds: delivered.map((b) => eventIdOf(b, field)) }).toEqual({ field, eventIds: stream.map((b) => eventIdOf(b, field)) });
      expect({ field, payloads: delivered.map(asPayload) }).toEqual({ field, payloads: stream.map(asPayload) });
    }
  });

  it('cover every subscription-carried event type, and each owner gets only what its role may read', () => {
    const fields = (name: string) => new Set(owners.find((o) => o.name === name)!.receiver.received.map((r) => fieldOf(r.json)));
    const carried = documents.filter((d) => d.subscription).map((d) => d.subscription!);
    expect([...fields('ADMIN')].filter((f) => carried.includes(f)).sort()).toEqual([...carried].sort());
    // INTEGRATION reads no CAPA and no alert about one; the SUPPLIER owner only its own lots, never another supplier's.
    expect(fields('INTEGRATION').has('capaStatusChanged')).toBe(false);
    const supplierOwner = owners.find((o) => o.name === 'SUPPLIER')!;
    const lots = bodiesOf(supplierOwner, 'lotStatusChanged').map((b) => (b.data!.lotStatusChanged!.lot as { supplierLotNumber: string }).supplierLotNumber);
    expect(lots.length).toBeGreaterThan(0);
    expect(new Set(lots)).toEqual(new Set(['WHP-L1']));
    expect(fields('SUPPLIER').has('capaStatusChanged')).toBe(false);
    expect(fields('SUPPLIER').has('materialChanged')).toBe(false);
    const qualifications = bodiesOf(supplierOwner, 'supplierQualificationChanged').map((b) => (b.data!.supplierQualificationChanged!.supplier as { code: string }).code);
    expect(new Set(qualifications)).toEqual(new Set(['WHP-SUP']));
  });

  it("mask what the owner may not read: a BI_READER owner gets a supplier's contact data as null with FORBIDDEN at its path, and never its value", () => {
    const bi = owners.find((o) => o.name === 'BI_READER')!;
    const [end] = bodiesOf(bi, 'supplierQualificationChanged').filter(isEnd);
    expect(end.data!.supplierQualificationChanged!.supplier).toMatchObject({ code: 'WHP-SUP', contactEmail: null, contactName: null });
    expect(end.errors).toEqual(expect.arrayContaining([{ message: expect.any(String), path: ['supplierQualificationChanged', 'supplier', 'contactEmail'], extensions: { code: 'FORBIDDEN' } }]));
    const raw = bi.receiver.received.map((r: ReceivedDelivery) => r.body).join('\n');
    expect(raw).not.toContain(supplierEmail);
    expect(
      owners
        .find((o) => o.name === 'ADMIN')!
        .receiver.received.map((r) => r.body)
        .join('\n'),
    ).toContain(supplierEmail);
  });

  it("name the event in `extensions` and in the headers, the same id as the subscription's eventId", () => {
    const admin = owners.find((o) => o.name === 'ADMIN')!;
    for (const r of admin.receiver.received) {
      const field = fieldOf(r.json);
      const type = documents.find((d) => (d.subscription ?? snapshotField(d.type)) === field)!.type;
      expect(r.json.extensions).toEqual({ eventId: r.headers['lotgraph-event-id'], eventType: type, occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
      expect(r.headers['lotgraph-event-type']).toBe(type);
      expect(eventIdOf(r.json, field)).toBe(r.json.extensions.eventId);
    }
  });

  it("have the shape of the README's example for every event type", () => {
    const examples = readmeExamples();
    const admin = owners.find((o) => o.name === 'ADMIN')!;
    expect(Object.keys(examples).sort()).toEqual(documents.map((d) => d.type).sort());
    const delivered = new Map(admin.receiver.received.map((r) => [r.json.extensions.eventType, r.json] as const));
    expect([...delivered.keys()].sort()).toEqual(documents.map((d) => d.type).sort());
    for (const [type, body] of delivered) expect({ type, shape: shapeOf(examples[type]) }).toEqual({ type, shape: shapeOf(body) });
  });
});

function snapshotField(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The README's example body of each event type: the ```json block under its `#### TYPE` heading in "Webhook payloads". */
function readmeExamples(): Record<string, unknown> {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Webhook payloads'));
  const examples: Record<string, unknown> = {};
  for (const m of section.matchAll(/^#### `?([A-Z_]+)`?[^\n]*\n(?:(?!#### )[\s\S])*?```json\n([\s\S]*?)\n```/gm)) examples[m[1]] = JSON.parse(m[2]);
  return examples;
}

/** JSON scalars whose content varies by record or alert type: their presence is the shape. */
const OPAQUE = new Set(['customFields', 'details']);

/** Every path to a value (arrays as `[]`; an empty object or array, or an opaque JSON value, counts as a value), sorted. */
function shapeOf(value: unknown, path = ''): string[] {
  if (OPAQUE.has(path.split('.').at(-1) ?? '')) return [path];
  if (Array.isArray(value)) return value.length === 0 ? [`${path}[]`] : [...new Set(value.flatMap((v) => shapeOf(v, `${path}[]`)))].sort();
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [path];
    return entries.flatMap(([k, v]) => shapeOf(v, path ? `${path}.${k}` : k)).sort();
  }
  return [path];
}
