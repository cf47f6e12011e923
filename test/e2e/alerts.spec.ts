import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { approveSource, createSupplier } from '../support/fixtures';
import { readLot, signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import { inspectionSetup } from '../support/quality-fixtures';
import { raiseLotExpiringAlerts } from '../../src/modules/lots/lot-expiring.job';
import { raiseLowStockAlerts } from '../../src/modules/stock/low-stock.job';
import { MaterialsDocument, MoveStockDocument, PlaceLotOnHoldDocument, ReleaseLotDocument, UpdateMaterialDocument } from '../generated/graphql';

const ALERTS = 'subscription($types: [AlertType!]) { alerts(types: $types) { eventId type subjectType subjectId message details } }';
type AlertEvent = { alerts: { type: string; subjectType: string; subjectId: string; message: string; details: Record<string, unknown> } };

let t: TestServer;
let q: Awaited<ReturnType<typeof inspectionSetup>>;
let qa: Caller;

async function releasedLot(label: string, quantity = '50') {
  const l = await q.lot(label, quantity);
  await q.inspect(l.id, ['2.35', '2.36']);
  const rel = await t.ok(ReleaseLotDocument, { input: { id: l.id, expectedVersion: 2, reason: 'ok', signature: { password: SIGNING_PASSWORD, meaning: 'RELEASED', reason: 'ok' } } }, qa);
  expect(rel.releaseLot.userErrors).toEqual([]);
  return l;
}

const listen = async (caller: Caller | 'QA_MANAGER' | 'WAREHOUSE', types?: string[]) => {
  const base = t.subscriberCount;
  const sub = subscribe<AlertEvent>(t.ws({ authorization: `Bearer ${t.token(caller)}` }), ALERTS, { types });
  await t.subscribers(base + 1);
  return sub;
};

beforeAll(async () => {
  t = await createTestServer();
  q = await inspectionSetup(t, 'ALR');
  qa = await signerUser(t, 'u-alert-qa', ['QA_MANAGER']);
});
afterAll(async () => {
  await t?.close();
});

describe('alerts(types)', () => {
  it('carries only alerts about records the subscriber may read, of the types asked for', async () => {
    const rival = await createSupplier(t, 'ALR-RIVAL', 'APPROVED');
    await approveSource(t, q.material.id, rival.id);
    const supplierA = await listen({ roles: ['SUPPLIER'], supplierId: q.supplier.id });
    const quality = await listen('QA_MANAGER', ['INSPECTION_FAILED']);
    const mine = await q.failedLot('ALR-MINE');
    const theirs = await q.lot('ALR-THEIRS', '10', rival.id);
    await q.inspect(theirs.id, ['2.35', '2.55']);
    await quality.waitFor(2);
    expect(quality.events.map((e) => e.alerts.details.lotId).sort()).toEqual([mine.lot.id, theirs.id].sort());
    expect(quality.events.every((e) => e.alerts.type === 'INSPECTION_FAILED' && e.alerts.subjectType === 'Inspection')).toBe(true);
    await supplierA.waitFor(2, 1500);
    expect(supplierA.events.map((e) => [e.alerts.type, e.alerts.details.lotId])).toEqual([['INSPECTION_FAILED', mine.lot.id]]);
  });

  it("names a lot by its number and its material's code, not by an id nor a number other materials share, with the lot id in the details", async () => {
    // Two materials numbering their lots alike: each one's first lot is 0001.
    const [a, b] = [await inspectionSetup(t, 'ALN-A'), await inspectionSetup(t, 'ALN-B')];
    for (const m of [a.material, b.material]) {
      const res = await t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 2, lotNumberPattern: '{SEQ:4}', reason: 'Plain numbering' } }, 'QA_MANAGER');
      expect(res.updateMaterial.userErrors).toEqual([]);
    }
    const sub = await listen('QA_MANAGER', ['INSPECTION_FAILED']);
    const failedA = await a.failedLot('ALN-A-1');
    const failedB = await b.failedLot('ALN-B-1');
    expect([failedA.lot.lotNumber, failedB.lot.lotNumber]).toEqual(['0001', '0001']);
    await sub.waitFor(2);
    const about = (lotId: string) => sub.events.find((e) => e.alerts.details.lotId === lotId)?.alerts;
    expect(about(failedA.lot.id)).toMatchObject({
      message: expect.stringMatching(/^Inspection of lot 0001 of ALN-A failed: /),
      details: { lotId: failedA.lot.id, lotNumber: '0001', materialId: a.material.id, materialCode: 'ALN-A', nonconformanceId: failedA.nonconformance.id },
    });
    expect(about(failedB.lot.id)).toMatchObject({ message: expect.stringMatching(/^Inspection of lot 0001 of ALN-B failed: /), details: { materialCode: 'ALN-B' } });
    expect(JSON.stringify(sub.events.map((e) => e.alerts.message))).not.toContain(failedA.lot.id);
  });

  it('raises LOT_ON_HOLD when QA holds a lot', async () => {
    const l = await releasedLot('ALR-HOLD');
    const sub = await listen('QA_MANAGER', ['LOT_ON_HOLD']);
    await t.ok(PlaceLotOnHoldDocument, { input: { id: l.id, expectedVersion: 3, reason: 'Complaint CMP-7' } }, 'QA_MANAGER');
    await sub.waitFor(1);
    expect(sub.events[0].alerts).toMatchObject({
      type: 'LOT_ON_HOLD',
      subjectType: 'Lot',
      subjectId: l.id,
      message: `Lot ${l.lotNumber} of ALR is on hold: Complaint CMP-7`,
      details: { lotId: l.id, lotNumber: l.lotNumber, materialId: q.material.id, materialCode: 'ALR' },
    });
  });

  it('raises LOT_EXPIRING once per lot and expiry date, however often the job runs', async () => {
    const l = await releasedLot('ALR-EXP');
    const { expiresOn } = await readLot(t, l.id, 'WAREHOUSE');
    const sub = await listen('WAREHOUSE', ['LOT_EXPIRING']);
    const monthBefore = new Date(Date.parse(`${expiresOn}T00:00:00Z`) - 20 * 86_400_000).toISOString().slice(0, 10);
    const runs = await Promise.all([raiseLotExpiringAlerts(t.server.platform, monthBefore), raiseLotExpiringAlerts(t.server.platform, monthBefore)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    await sub.waitFor(1);
    expect(await raiseLotExpiringAlerts(t.server.platform, monthBefore)).toBe(0);
    const forLot = await t.sql(`SELECT 1 FROM outbox_event WHERE event_type = 'AlertRaised' AND aggregate_id = $1 AND payload->>'alertType' = 'LOT_EXPIRING'`, [l.id]);
    expect(forLot).toHaveLength(1);
    expect(sub.events.find((e) => e.alerts.subjectId === l.id)?.alerts).toMatchObject({
      message: `Lot ${l.lotNumber} of ALR expires on ${expiresOn}`,
      details: { expiresOn, lotId: l.id, lotNumber: l.lotNumber, materialCode: 'ALR' },
    });
  });

  it('raises LOW_STOCK once per dip below the reorder point', async () => {
    const [
      {
        node: { version },
      },
    ] = (await t.ok(MaterialsDocument, { first: 1, filter: { ids: [q.material.id] } }, 'QA_MANAGER')).materials!.edges;
    const set = await t.ok(UpdateMaterialDocument, { input: { id: q.material.id, expectedVersion: version, reorderPoint: '1000', reason: 'Safety stock' } }, 'QA_MANAGER');
    expect(set.updateMaterial.userErrors).toEqual([]);
    const sub = await listen('WAREHOUSE', ['LOW_STOCK']);
    const siteScoped = await listen({ roles: ['WAREHOUSE'], siteIds: [q.siteId] }, ['LOW_STOCK']);
    expect(await raiseLowStockAlerts(t.server.platform)).toBe(1);
    expect(await raiseLowStockAlerts(t.server.platform)).toBe(0);
    await sub.waitFor(1);
    expect(sub.events[0].alerts).toMatchObject({ type: 'LOW_STOCK', subjectType: 'StockBalance', subjectId: q.material.id, details: { reorderPoint: '1000.000000' } });
    // A reader of one site's stock only must not learn the all-sites quantity.
    await siteScoped.waitFor(1, 500);
    expect(siteScoped.events).toEqual([]);
    const big = await releasedLot('ALR-BIG', '2000');
    expect(await raiseLowStockAlerts(t.server.platform)).toBe(0);
    const issue = await t.ok(MoveStockDocument, { input: { lotId: big.id, fromLocationId: q.locationId, type: 'ISSUE', quantity: '1500', reason: 'To line' } }, 'WAREHOUSE');
    expect(issue.moveStock.userErrors).toEqual([]);
    expect(await raiseLowStockAlerts(t.server.platform)).toBe(1);
  });

  it('refuses anonymous subscribers', async () => {
    const sub = subscribe<AlertEvent>(t.ws({}), ALERTS);
    await sub.waitFor(1, 1000);
    expect(sub.events).toEqual([]);
    expect(JSON.stringify(sub.errors)).toMatch(/UNAUTHENTICATED|Authentication/);
  });
});
