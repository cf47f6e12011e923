import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { approveSource, createMaterial, createSupplier } from '../support/fixtures';
import { receive, receivingSetup } from '../support/lot-fixtures';
import pino from 'pino';
import { EventRelay } from '../../src/core/events/relay';

const MATERIAL_CHANGED = 'subscription($after: ID) { materialChanged(after: $after) { eventId material { code } } }';
type MaterialEvent = { materialChanged: { eventId: string; material: { code: string } } };

let t: TestServer;

beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

const codes = (events: MaterialEvent[]) => events.map((e) => e.materialChanged.material.code);

describe('resuming a subscription', () => {
  it('replays what was missed, in order, without duplicates, then continues live', async () => {
    const auth = { authorization: `Bearer ${t.token('AUDITOR')}` };
    let base = t.subscriberCount;
    const first = subscribe<MaterialEvent>(t.ws(auth), MATERIAL_CHANGED);
    await t.subscribers(base + 1);
    await createMaterial(t, 'RS-1');
    await first.waitFor(1);
    const lastSeen = first.events[0].materialChanged.eventId;
    first.unsubscribe();

    for (const code of ['RS-2', 'RS-3', 'RS-4']) await createMaterial(t, code);
    base = t.subscriberCount;
    const resumed = subscribe<MaterialEvent>(t.ws(auth), MATERIAL_CHANGED, { after: lastSeen });
    await resumed.waitFor(3);
    await t.subscribers(base + 1);
    await createMaterial(t, 'RS-5');
    await resumed.waitFor(4);
    expect(codes(resumed.events)).toEqual(['RS-2', 'RS-3', 'RS-4', 'RS-5']);
    const ids = resumed.events.map((e) => BigInt(e.materialChanged.eventId));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);
    expect(resumed.errors).toEqual([]);
  });

  it("applies the subscriber's row scope to replayed events", async () => {
    const setup = await receivingSetup(t, 'RSL');
    const rival = await createSupplier(t, 'RSL-RIVAL', 'APPROVED');
    await approveSource(t, setup.material.id, rival.id);
    const asSupplier = { authorization: `Bearer ${t.token({ roles: ['SUPPLIER'], supplierId: setup.supplier.id })}` };
    const LOT_STATUS = 'subscription($after: ID) { lotStatusChanged(after: $after) { eventId status lot { id } } }';
    type LotEvent = { lotStatusChanged: { eventId: string; lot: { id: string } } };
    // The supplier's portal sees the receipt of an earlier lot of its own, then goes offline.
    const base = t.subscriberCount;
    const online = subscribe<LotEvent>(t.ws(asSupplier), LOT_STATUS);
    await t.subscribers(base + 1);
    const earlier = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: 'M-0', quantity: '1', locationId: setup.locationId });
    await online.waitFor(1);
    expect(online.events.map((e) => e.lotStatusChanged.lot.id)).toEqual([earlier.id]);
    online.unsubscribe();
    const mine = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: 'M-1', quantity: '1', locationId: setup.locationId });
    await receive(t, { materialId: setup.material.id, supplierId: rival.id, supplierLotNumber: 'R-1', quantity: '1', locationId: setup.locationId });
    const sub = subscribe<LotEvent>(t.ws(asSupplier), LOT_STATUS, { after: online.events[0].lotStatusChanged.eventId });
    await sub.waitFor(2, 1500);
    expect(sub.events.map((e) => e.lotStatusChanged.lot.id)).toEqual([mine.id]);
  });

  it('resumes every subscription with its row rules and filter judged in SQL, for readers scoped by supplier and by site', async () => {
    const auditorBase = t.subscriberCount;
    const seen = subscribe<MaterialEvent>(t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` }), MATERIAL_CHANGED);
    await t.subscribers(auditorBase + 1);
    await createMaterial(t, 'RS-SQL');
    await seen.waitFor(1);
    const from = seen.events[0].materialChanged.eventId;
    seen.unsubscribe();
    await createMaterial(t, 'RS-SQL-2');
    const subscriptions = [
      'alerts(after: $after, types: [LOT_ON_HOLD, LOW_STOCK])',
      'capaStatusChanged(after: $after, filter: { capaIds: ["x"], statuses: [CLOSED] })',
      'equipmentStatusChanged(after: $after, filter: { equipmentIds: ["x"], siteIds: ["x"] })',
      'inspectionCompleted(after: $after, filter: { lotIds: ["x"], verdicts: [FAIL] })',
      'lotStatusChanged(after: $after, filter: { lotIds: ["x"], materialIds: ["x"], statuses: [RELEASED] })',
      'materialChanged(after: $after, filter: { ids: ["x"], kinds: [CREATED] })',
      'orderStatusChanged(after: $after, filter: { orderKinds: [PURCHASE, SALES], orderIds: ["x"] })',
      'supplierQualificationChanged(after: $after, filter: { supplierIds: ["x"] })',
    ];
    // Each reader with the subscriptions its role may open.
    const readers: [Caller, string[]][] = [
      [{ roles: ['SUPPLIER'], supplierId: 'sup-x' }, ['alerts', 'inspectionCompleted', 'lotStatusChanged', 'orderStatusChanged', 'supplierQualificationChanged']],
      [{ roles: ['WAREHOUSE'], siteIds: ['site-x'] }, ['alerts', 'lotStatusChanged', 'materialChanged', 'orderStatusChanged', 'supplierQualificationChanged']],
      [{ roles: ['ADMIN'] }, subscriptions.map((field) => field.split('(')[0])],
    ];
    for (const [reader, fields] of readers) {
      const ws = t.ws({ authorization: `Bearer ${t.token(reader)}` });
      const opened = subscriptions.filter((field) => fields.includes(field.split('(')[0]));
      const base = t.subscriberCount;
      const subs = opened.map((field) => subscribe(ws, `subscription($after: ID) { ${field} { eventId } }`, { after: from }));
      await t.subscribers(base + opened.length);
      await subs[0].waitUntil(() => false, 500);
      expect(subs.map((sub) => sub.errors)).toEqual(opened.map(() => []));
      expect(subs.flatMap((sub) => sub.events)).toEqual([]);
      subs.forEach((sub) => sub.unsubscribe());
      const deadline = Date.now() + 5000;
      while (t.subscriberCount > base && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    }
  });

  it('releases the relay stream as soon as a client unsubscribes, though no event ever matched its filter', async () => {
    const base = t.subscriberCount;
    const subs = [1, 2, 3].map(() => subscribe(t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` }), 'subscription { materialChanged(filter: { ids: ["nope"] }) { eventId } }'));
    await t.subscribers(base + 3);
    subs.forEach((s) => s.unsubscribe());
    const deadline = Date.now() + 5000;
    while (t.subscriberCount > base && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(t.subscriberCount).toBe(base);
  });

  it('releases the relay stream of a resumed subscription cancelled while its replay was being prepared', async () => {
    const ws = t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` });
    // The position to resume from is the eventId of the last event this client saw.
    const unseen = t.subscriberCount;
    const seen = subscribe<MaterialEvent>(ws, MATERIAL_CHANGED);
    await t.subscribers(unseen + 1);
    await createMaterial(t, 'RS-CANCEL');
    const from = (await seen.waitFor(1))[0].materialChanged.eventId;
    seen.unsubscribe();
    while (t.subscriberCount > unseen) await new Promise((r) => setTimeout(r, 20));
    const keeper = subscribe(ws, 'subscription { materialChanged(filter: { ids: ["nope"] }) { eventId } }');
    await t.subscribers(t.subscriberCount + 1);
    const base = t.subscriberCount;
    // Cancels at varying points of the resume, most often while its queries run.
    for (let i = 0; i < 200; i++) {
      const sub = subscribe(ws, MATERIAL_CHANGED, { after: from });
      await new Promise((r) => setTimeout(r, i % 8));
      sub.unsubscribe();
    }
    const released = async (count: number) => {
      const deadline = Date.now() + 5000;
      while (t.subscriberCount > count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return t.subscriberCount;
    };
    expect(await released(base)).toBe(base);
    keeper.unsubscribe();
    await released(base - 1);
  });

  it('refuses a 51st subscription on one connection', async () => {
    const ws = t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` });
    const base = t.subscriberCount;
    const open = Array.from({ length: 50 }, () => subscribe(ws, 'subscription { materialChanged(filter: { ids: ["nope"] }) { eventId } }'));
    await t.subscribers(base + 50);
    const extra = subscribe(ws, 'subscription { materialChanged { eventId } }');
    await extra.waitUntil(() => false, 2000);
    expect(extra.done).toBe(true);
    expect(JSON.stringify(extra.errors)).toContain('TOO_MANY_SUBSCRIPTIONS');
    expect(open.every((s) => !s.done)).toBe(true);
    open.forEach((s) => s.unsubscribe());
  });

  it('refuses an event id out of range with a clear error', async () => {
    const huge = subscribe<MaterialEvent>(t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` }), MATERIAL_CHANGED, { after: '9999999999999999999' });
    await huge.waitFor(1, 2000);
    expect(JSON.stringify(huge.errors)).toMatch(/No event 9999999999999999999/);
  });

  it("sends nothing up to the resume point even when this process's relay is behind the one the client saw it on", async () => {
    // A second relay on the same database that is never woken: it lags until told to poll.
    const quiet = { transport: 'postgres' as const, start: async () => undefined, beforeCommit: async () => undefined, afterCommit: () => undefined, stop: async () => undefined };
    const lagging = new EventRelay(t.server.platform.dataSource, pino({ level: 'silent' }), quiet, 600_000);
    await lagging.start();
    try {
      await createMaterial(t, 'RS-LAG-1');
      await createMaterial(t, 'RS-LAG-2');
      const [{ id: seen }] = await t.sql<{ id: string }>(`SELECT max(id)::text AS id FROM outbox_event WHERE event_type = 'MaterialChanged'`);
      const resumed = await lagging.subscribeAfter(['MaterialChanged'], seen);
      lagging.wake();
      await createMaterial(t, 'RS-LAG-3');
      lagging.wake();
      const next = await resumed.next();
      expect((next.value as { payload: { record: { code: string } } }).payload.record.code).toBe('RS-LAG-3');
      await resumed.return?.();
    } finally {
      await lagging.stop();
    }
  });

  it('refuses an unknown event id', async () => {
    const sub = subscribe<MaterialEvent>(t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` }), MATERIAL_CHANGED, { after: '999999999' });
    await sub.waitFor(1, 2000);
    expect(sub.events).toEqual([]);
    expect(JSON.stringify(sub.errors)).toMatch(/No event 999999999/);
  });
});
