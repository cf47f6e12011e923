import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { approveSource, createMaterial, createSupplier } from '../support/fixtures';
import { receive, receivingSetup } from '../support/lot-fixtures';

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

  it('applies the subscriber\'s row scope to replayed events', async () => {
    const setup = await receivingSetup(t, 'RSL');
    const rival = await createSupplier(t, 'RSL-RIVAL', 'APPROVED');
    await approveSource(t, setup.material.id, rival.id);
    const [{ id: before }] = await t.sql<{ id: string }>(`SELECT max(id)::text AS id FROM outbox_event`);
    const mine = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: 'M-1', quantity: '1', locationId: setup.locationId });
    await receive(t, { materialId: setup.material.id, supplierId: rival.id, supplierLotNumber: 'R-1', quantity: '1', locationId: setup.locationId });
    const asSupplier = t.token({ roles: ['SUPPLIER'], supplierId: setup.supplier.id });
    const sub = subscribe<{ lotStatusChanged: { lot: { id: string } } }>(t.ws({ authorization: `Bearer ${asSupplier}` }),
      'subscription($after: ID) { lotStatusChanged(after: $after) { status lot { id } } }', { after: before });
    await sub.waitFor(2, 1500);
    expect(sub.events.map((e) => e.lotStatusChanged.lot.id)).toEqual([mine.id]);
  });

  it('refuses an unknown event id', async () => {
    const sub = subscribe<MaterialEvent>(t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` }), MATERIAL_CHANGED, { after: '999999999' });
    await sub.waitFor(1, 2000);
    expect(sub.events).toEqual([]);
    expect(JSON.stringify(sub.errors)).toMatch(/No event 999999999/);
  });
});
