import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { approveSource, createMaterial, createSupplier } from '../support/fixtures';
import { receive, receivingSetup } from '../support/lot-fixtures';

const MATERIAL_CHANGED = 'subscription($after: ID) { materialChanged(after: $after) { eventId material { code } } }';
type MaterialEvent = { materialChanged: { eventId: string; material: { code: string } } };

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ SUBSCRIPTION_MAX_REPLAY: '3' });
});
afterAll(async () => {
  await t?.close();
});

describe('the replay cap of a resumed subscription', () => {
  it('refuses a resume from further back than the cap before sending any event, and releases its stream', async () => {
    const auth = { authorization: `Bearer ${t.token('AUDITOR')}` };
    // Replay stops where this process's relay is; a live subscriber shows it has read them all,
    // and gives the positions a client resumes from: the eventId of the last event it saw.
    const watcher = subscribe<MaterialEvent>(t.ws(auth), MATERIAL_CHANGED);
    await t.subscribers(t.subscriberCount + 1);
    for (const code of ['CAP-0', 'CAP-1', 'CAP-2', 'CAP-3', 'CAP-4']) await createMaterial(t, code);
    await watcher.waitFor(5);
    const seen = (code: string) => watcher.events.find((e) => e.materialChanged.material.code === code)!.materialChanged.eventId;
    const from = seen('CAP-0');
    const base = t.subscriberCount;
    const tooFar = subscribe<MaterialEvent>(t.ws(auth), MATERIAL_CHANGED, { after: from });
    await tooFar.waitUntil(() => false, 3000);
    expect(tooFar.events).toEqual([]);
    expect(tooFar.done).toBe(true);
    expect(JSON.stringify(tooFar.errors)).toMatch(/More than 3 events were missed.*VALIDATION_FAILED/);
    expect(JSON.stringify(tooFar.errors)).toContain('"limit":"SUBSCRIPTION_MAX_REPLAY","max":3');
    expect(t.subscriberCount).toBe(base);

    const within = seen('CAP-1');
    const resumed = subscribe<MaterialEvent>(t.ws(auth), MATERIAL_CHANGED, { after: within });
    await resumed.waitFor(3);
    expect(resumed.events.map((e) => e.materialChanged.material.code)).toEqual(['CAP-2', 'CAP-3', 'CAP-4']);
    expect(resumed.errors).toEqual([]);
  });

  it('counts and replays only the events the subscriber may receive: a SUPPLIER who missed 3 of its own among 13 resumes', async () => {
    const setup = await receivingSetup(t, 'CAPS');
    const rival = await createSupplier(t, 'CAPS-RIVAL', 'APPROVED');
    await approveSource(t, setup.material.id, rival.id);
    const lot = (supplierId: string, label: string) => receive(t, { materialId: setup.material.id, supplierId, supplierLotNumber: label, quantity: '1', locationId: setup.locationId });
    const LOTS = 'subscription($after: ID, $filter: LotStatusChangedFilter) { lotStatusChanged(after: $after, filter: $filter) { eventId lot { id supplierLotNumber } } }';
    type LotEvent = { lotStatusChanged: { eventId: string; lot: { id: string; supplierLotNumber: string } } };
    const asSupplier = { authorization: `Bearer ${t.token({ roles: ['SUPPLIER'], supplierId: setup.supplier.id })}` };
    const auditor = { authorization: `Bearer ${t.token('AUDITOR')}` };

    // The portal sees its first lot, then goes away.
    let base = t.subscriberCount;
    const first = subscribe<LotEvent>(t.ws(asSupplier), LOTS);
    await t.subscribers(base + 1);
    const watcher = subscribe<LotEvent>(t.ws(auditor), LOTS);
    await t.subscribers(base + 2);
    await lot(setup.supplier.id, 'MINE-0');
    await first.waitFor(1);
    const seen = first.events[0].lotStatusChanged.eventId;
    first.unsubscribe();

    // 13 lot events while away: 3 of them about its own lots.
    const labels = ['R-1', 'R-2', 'MINE-1', 'R-3', 'R-4', 'MINE-2', 'R-5', 'R-6', 'R-7', 'MINE-3', 'R-8', 'R-9', 'R-10'];
    const received = [];
    for (const label of labels) received.push(await lot(label.startsWith('MINE') ? setup.supplier.id : rival.id, label));
    // This process's relay has read them all: the replay covers every one of them.
    await watcher.waitFor(14);

    base = t.subscriberCount;
    const resumed = subscribe<LotEvent>(t.ws(asSupplier), LOTS, { after: seen });
    await resumed.waitFor(3);
    await t.subscribers(base + 1);
    expect(resumed.errors).toEqual([]);
    expect(resumed.events.map((e) => e.lotStatusChanged.lot.supplierLotNumber)).toEqual(['MINE-1', 'MINE-2', 'MINE-3']);

    // A filter narrows what is counted too: two lots' events among 13 are within the cap of 3.
    const picked = [received[3], received[10]].map((l) => l.id);
    const filtered = subscribe<LotEvent>(t.ws(auditor), LOTS, { after: seen, filter: { lotIds: picked } });
    await filtered.waitFor(2);
    expect(filtered.errors).toEqual([]);
    expect(filtered.events.map((e) => e.lotStatusChanged.lot.id)).toEqual(picked);

    // Every event of the type still counts for a reader who may receive them all.
    const everything = subscribe<LotEvent>(t.ws(auditor), LOTS, { after: seen });
    await everything.waitUntil(() => false, 2000);
    expect(everything.events).toEqual([]);
    expect(JSON.stringify(everything.errors)).toMatch(/More than 3 events were missed/);
  });
});
