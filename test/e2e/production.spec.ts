import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { approveSource, createMaterial, daysFromToday } from '../support/fixtures';
import { readLot, receive, receivingSetup, signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import { expireReleasedLots } from '../../src/modules/lots/lot-expiry.job';
import {
  ConsumeLotDocument,
  CreateBomDocument,
  PlaceLotOnHoldDocument,
  CreateWorkOrderDocument,
  ProduceLotDocument,
  RecallImpactDocument,
  ReleaseLotDocument,
  ReleaseWorkOrderDocument,
  SetMaterialStatusDocument,
  StartLotTestingDocument,
  TraceLotDocument,
  RecallLotDocument,
  CreateSiteDocument,
  CreateLocationDocument,
  MoveStockDocument,
  LotsDocument,
} from '../generated/graphql';

let t: TestServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
let qa: Caller;
let sub: { id: string };
let fin: { id: string };
let rawAlt: { id: string };
let bomSub: string;
let bomFin: string;
let woCount = 0;

async function active(code: string, extra = {}) {
  const m = await createMaterial(t, code, { shelfLifeDays: 365, lotNumberPattern: `${code}-{SEQ:3}`, ...extra });
  await t.ok(SetMaterialStatusDocument, { input: { id: m.id, expectedVersion: 1, status: 'ACTIVE', reason: 'r' } }, 'QA_MANAGER');
  return m;
}

async function release(lotId: string) {
  await t.ok(StartLotTestingDocument, { input: { id: lotId, expectedVersion: 1, reason: 'Inspection' } }, 'QA_INSPECTOR');
  const res = await t.ok(ReleaseLotDocument, { input: { id: lotId, expectedVersion: 2, reason: 'ok', signature: { password: SIGNING_PASSWORD, meaning: 'RELEASED', reason: 'Batch reviewed' } } }, qa);
  if (res.releaseLot.userErrors.length) throw new Error(JSON.stringify(res.releaseLot.userErrors));
}

async function rawLot(label: string, quantity = '100') {
  const lot = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: label, quantity, locationId: setup.locationId });
  await release(lot.id);
  return lot;
}

async function workOrder(bomId: string) {
  const wo = await t.ok(CreateWorkOrderDocument, { input: { number: `WO-${++woCount}`, bomId, siteId: setup.siteId, quantity: '10' } }, 'PRODUCTION');
  const id = wo.createWorkOrder.workOrder!.id;
  await t.ok(ReleaseWorkOrderDocument, { input: { id, expectedVersion: 1, reason: 'Scheduled' } }, 'PRODUCTION');
  return id;
}

async function consume(workOrderId: string, lotId: string, quantity = '5') {
  return t.ok(ConsumeLotDocument, { input: { workOrderId, lotId, fromLocationId: setup.locationId, quantity } }, 'PRODUCTION');
}

async function produce(workOrderId: string, quantity = '10') {
  const res = await t.ok(ProduceLotDocument, { input: { workOrderId, quantity, locationId: setup.locationId } }, 'PRODUCTION');
  if (res.produceLot.userErrors.length) throw new Error(JSON.stringify(res.produceLot.userErrors));
  return res.produceLot.lot!;
}

beforeAll(async () => {
  t = await createTestServer();
  setup = await receivingSetup(t, 'RAW');
  qa = await signerUser(t, 'u-prod-qa', ['QA_MANAGER']);
  rawAlt = await active('RAWALT');
  await approveSource(t, rawAlt.id, setup.supplier.id);
  sub = await active('SUB');
  fin = await active('FIN');
  const b1 = await t.ok(
    CreateBomDocument,
    { input: { productMaterialId: sub.id, revision: 'A', reason: 'NPI', lines: [{ componentMaterialId: setup.material.id, quantityPer: '2', substituteMaterialIds: [rawAlt.id] }] } },
    'QA_MANAGER',
  );
  bomSub = b1.createBom.bom!.id;
  const b2 = await t.ok(CreateBomDocument, { input: { productMaterialId: fin.id, revision: 'A', reason: 'NPI', lines: [{ componentMaterialId: sub.id, quantityPer: '1' }] } }, 'QA_MANAGER');
  bomFin = b2.createBom.bom!.id;
});
afterAll(async () => {
  await t?.close();
});

describe('BOMs', () => {
  it('refuse a product containing itself and duplicate components', async () => {
    const self = await t.ok(CreateBomDocument, { input: { productMaterialId: sub.id, revision: 'B', reason: 'r', lines: [{ componentMaterialId: sub.id, quantityPer: '1' }] } }, 'QA_MANAGER');
    expect(self.createBom.userErrors[0].field).toEqual(['input', 'lines']);
    const twice = await t.ok(
      CreateBomDocument,
      {
        input: {
          productMaterialId: sub.id,
          revision: 'B',
          reason: 'r',
          lines: [
            { componentMaterialId: setup.material.id, quantityPer: '1' },
            { componentMaterialId: setup.material.id, quantityPer: '2' },
          ],
        },
      },
      'QA_MANAGER',
    );
    expect(twice.createBom.userErrors[0].field).toEqual(['input', 'lines']);
    expect((await t.gql(CreateBomDocument, { input: { productMaterialId: sub.id, revision: 'C', reason: 'r', lines: [] } }, 'SALES')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('consumeLot', () => {
  it('accepts only released, unexpired lots of a BOM component, from stock, on a released work order', async () => {
    const wo = await workOrder(bomSub);
    const quarantined = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: 'Q', quantity: '10', locationId: setup.locationId });
    expect((await consume(wo, quarantined.id)).consumeLot.userErrors[0].code).toBe('LOT_NOT_RELEASED');
    const expiring = await rawLot('EXP');
    // Time passes: the lot's expiry date is moved into the past.
    await t.sql('UPDATE lot SET expires_on = current_date - 1 WHERE id = $1', [expiring.id]);
    expect((await consume(wo, expiring.id)).consumeLot.userErrors[0].code).toBe('LOT_EXPIRED');
    const raw = await rawLot('OK', '3');
    expect((await consume(wo, raw.id, '4')).consumeLot.userErrors[0].code).toBe('INSUFFICIENT_STOCK');
    const subLot = await produceSomeSub();
    await release(subLot.id);
    expect((await consume(wo, subLot.id)).consumeLot.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'lotId'] });
    expect((await consume(wo, raw.id, '3')).consumeLot.consumption).toMatchObject({ quantity: '3', substitute: false });
  });

  it('refuses a substitute while the primary component is in stock, and accepts it when short', async () => {
    const alt = await receive(t, { materialId: rawAlt.id, supplierId: setup.supplier.id, supplierLotNumber: 'ALT', quantity: '10', locationId: setup.locationId });
    await release(alt.id);
    const wo = await workOrder(bomSub);
    const stocked = await rawLot('PRIMARY', '1');
    expect((await consume(wo, alt.id, '1')).consumeLot.userErrors[0].message).toMatch(/substitute/);
    await t.sql(`UPDATE lot SET status = 'ON_HOLD' WHERE material_id = $1 AND status = 'RELEASED'`, [setup.material.id]);
    expect((await consume(wo, alt.id, '1')).consumeLot.consumption).toMatchObject({ substitute: true });
    await t.sql(`UPDATE lot SET status = 'RELEASED' WHERE material_id = $1 AND status = 'ON_HOLD'`, [setup.material.id]);
    expect(stocked.id).toBeDefined();
  });

  it('refuses consumption on a PLANNED work order and production before any consumption', async () => {
    const planned = await t.ok(CreateWorkOrderDocument, { input: { number: 'WO-PLANNED', bomId: bomSub, siteId: setup.siteId, quantity: '1' } }, 'PRODUCTION');
    const raw = await rawLot('PLAN');
    expect((await consume(planned.createWorkOrder.workOrder!.id, raw.id)).consumeLot.userErrors[0].code).toBe('INVALID_TRANSITION');
    const wo = await workOrder(bomSub);
    const res = await t.ok(ProduceLotDocument, { input: { workOrderId: wo, quantity: '1', locationId: setup.locationId } }, 'PRODUCTION');
    expect(res.produceLot.userErrors[0].code).toBe('INVALID_TRANSITION');
  });
});

async function produceSomeSub() {
  const wo = await workOrder(bomSub);
  const raw = await rawLot(`FOR-SUB-${woCount}`);
  await consume(wo, raw.id, '2');
  return produce(wo, '1');
}

describe('genealogy and traceability', () => {
  /** The scenario: which lots each produced lot was made from, recorded as we go. */
  const madeFrom = new Map<string, string[]>();
  let r1: string;
  let r2: string;
  let s1: string;
  let s2: string;
  let f1: string;
  let f2: string;

  beforeAll(async () => {
    r1 = (await rawLot('G-R1')).id;
    r2 = (await rawLot('G-R2')).id;
    const woS = await workOrder(bomSub);
    await consume(woS, r1, '4');
    await consume(woS, r2, '6');
    s1 = (await produce(woS, '2')).id;
    s2 = (await produce(woS, '3')).id;
    madeFrom.set(s1, [r1, r2]).set(s2, [r1, r2]);
    await release(s1);
    await release(s2);
    const woF1 = await workOrder(bomFin);
    await consume(woF1, s1, '1');
    f1 = (await produce(woF1, '1')).id;
    madeFrom.set(f1, [s1]);
    const woF2 = await workOrder(bomFin);
    await consume(woF2, s1, '1');
    await consume(woF2, s2, '1');
    f2 = (await produce(woF2, '2')).id;
    madeFrom.set(f2, [s1, s2]);
  });

  /** Expected trace computed from the scenario, independently of the SQL. */
  function expectedBackward(lot: string, depth = 1): [string, string, number][] {
    return (madeFrom.get(lot) ?? []).flatMap((parent) => [[parent, lot, depth] as [string, string, number], ...expectedBackward(parent, depth + 1)]);
  }
  function expectedForward(lot: string, depth = 1): [string, string, number][] {
    const children = [...madeFrom].filter(([, parents]) => parents.includes(lot)).map(([child]) => child);
    return children.flatMap((child) => [[child, lot, depth] as [string, string, number], ...expectedForward(child, depth + 1)]);
  }
  const sorted = (rows: [string, string, number][]) => [...rows].sort((a, b) => a[2] - b[2] || a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));

  it('traces backward from a finished lot to its raw lots and their supplier', async () => {
    const res = await t.ok(TraceLotDocument, { id: f2, direction: 'BACKWARD', maxDepth: 6 }, 'QA_MANAGER');
    expect(sorted(res.traceLot!.nodes.map((n) => [n.lotId, n.fromLotId, n.depth]))).toEqual(sorted(expectedBackward(f2)));
    const rawNode = res.traceLot!.nodes.find((n) => n.lotId === r1);
    expect(rawNode?.lot?.supplier?.name).toBe('Supplier RAW-SUP');
  });

  it('traces forward from a raw lot to every downstream lot, with a depth bound', async () => {
    const res = await t.ok(TraceLotDocument, { id: r1, direction: 'FORWARD', maxDepth: 6 }, 'QA_MANAGER');
    expect(sorted(res.traceLot!.nodes.map((n) => [n.lotId, n.fromLotId, n.depth]))).toEqual(sorted(expectedForward(r1)));
    const shallow = await t.ok(TraceLotDocument, { id: r1, direction: 'FORWARD', maxDepth: 1 }, 'QA_MANAGER');
    expect(new Set(shallow.traceLot!.nodes.map((n) => n.lotId))).toEqual(new Set([s1, s2]));
    const both = await t.ok(TraceLotDocument, { id: s1, direction: 'BOTH', maxDepth: 6 }, 'QA_MANAGER');
    expect(new Set(both.traceLot!.nodes.map((n) => n.lotId))).toEqual(new Set([r1, r2, f1, f2]));
  });

  it('lists every downstream lot in recallImpact with stock on hand', async () => {
    const res = await t.ok(RecallImpactDocument, { lotId: r2 }, 'QA_MANAGER');
    expect(res.recallImpact!.affectedLotCount).toBe(4);
    expect(new Set(res.recallImpact!.affectedLots.map((a) => a.lotId))).toEqual(new Set([s1, s2, f1, f2]));
    expect(res.recallImpact!.affectedLots.find((a) => a.lotId === f2)?.quantityOnHand).toBe('2');
  });

  it('shows a SUPPLIER none of the lots made from its own lot: no steps, quantities, stock, shipments or customers', async () => {
    const own: Caller = { roles: ['SUPPLIER'], supplierId: setup.supplier.id };
    for (const direction of ['FORWARD', 'BOTH'] as const) {
      const res = await t.ok(TraceLotDocument, { id: r1, direction, maxDepth: 6 }, own);
      expect(res.traceLot!.root.id).toBe(r1);
      expect(res.traceLot!.nodes).toEqual([]);
    }
    const impact = await t.ok(RecallImpactDocument, { lotId: r1 }, own);
    expect(impact.recallImpact).toEqual({ affectedLotCount: 0, affectedLots: [] });
    const distribution = await t.gql<{ recallImpact: { customers: unknown; shipments: unknown } | null }, unknown>(
      `{ recallImpact(lotId: "${r1}") { customers { customerId } shipments { shipmentNumber } } }`,
      {},
      own,
    );
    expect(distribution.data?.recallImpact).toEqual({ customers: null, shipments: null });
    expect(distribution.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual(
      expect.arrayContaining([
        ['recallImpact.customers', 'FORBIDDEN'],
        ['recallImpact.shipments', 'FORBIDDEN'],
      ]),
    );
    const foreign = await t.gql(TraceLotDocument, { id: f2, direction: 'BACKWARD', maxDepth: 6 }, { roles: ['SUPPLIER'], supplierId: 'sup_other' });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherSupplier = await t.gql(RecallImpactDocument, { lotId: r1 }, { roles: ['SUPPLIER'], supplierId: 'sup_other' });
    expect(otherSupplier.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("counts a site-limited caller's stock on hand at its own sites only (null where it sees none), in as many statements as anyone's", async () => {
    const siteB = (await t.ok(CreateSiteDocument, { input: { code: 'GEN-B', name: 'Plant B', timezone: 'UTC' } }, 'ADMIN')).createSite.site!.id;
    const rackB = (await t.ok(CreateLocationDocument, { input: { siteId: siteB, code: 'B-RACK', name: 'B-RACK', type: 'STORAGE' } }, 'ADMIN')).createLocation.location!.id;
    const moved = await t.ok(MoveStockDocument, { input: { lotId: f2, fromLocationId: setup.locationId, toLocationId: rackB, quantity: '0.5', reason: 'Transfer to plant B' } }, 'ADMIN');
    expect(moved.moveStock.userErrors).toEqual([]);
    const onHand = async (as: Caller) => {
      const res = await t.gql(RecallImpactDocument, { lotId: r2 }, as);
      expect(res.errors).toBeUndefined();
      return { statements: res.extensions?.sqlStatements, byLot: new Map(res.data!.recallImpact!.affectedLots.map((a) => [a.lotId, a.quantityOnHand])) };
    };
    const everywhere = await onHand({ roles: ['WAREHOUSE'] });
    expect(everywhere.byLot.get(f2)).toBe('2');
    const atA = await onHand({ roles: ['WAREHOUSE'], siteIds: [setup.siteId] });
    expect(atA.byLot.get(f2)).toBe('1.5');
    const atB = await onHand({ roles: ['WAREHOUSE'], siteIds: [siteB] });
    expect(atB.byLot.get(f2)).toBe('0.5');
    expect([s1, s2, f1].map((id) => atB.byLot.get(id))).toEqual([null, null, null]);
    const elsewhere = await onHand({ roles: ['PRODUCTION'], siteIds: ['site_elsewhere'] });
    expect([...elsewhere.byLot.keys()].sort()).toEqual([s1, s2, f1, f2].sort());
    expect([...elsewhere.byLot.values()].every((q) => q === null)).toBe(true);
    expect(atB.statements).toBeGreaterThan(0);
    expect(atB.statements).toBe(everywhere.statements);
    const back = await t.ok(MoveStockDocument, { input: { lotId: f2, fromLocationId: rackB, toLocationId: setup.locationId, quantity: '0.5', reason: 'Back to plant A' } }, 'ADMIN');
    expect(back.moveStock.userErrors).toEqual([]);
  });

  it('refuses maxDepth outside 1..25', async () => {
    expect((await t.gql(TraceLotDocument, { id: r1, direction: 'FORWARD', maxDepth: 0 }, 'QA_MANAGER')).errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('keeps expiry of produced lots from the product shelf life', async () => {
    const res = await t.ok(TraceLotDocument, { id: f1, direction: 'BACKWARD', maxDepth: 1 }, 'QA_MANAGER');
    expect(res.traceLot!.nodes.map((n) => n.lotId)).toEqual([s1]);
    expect((await readLot(t, f1)).expiresOn).toBe(daysFromToday(365));
  });
});

describe('holds and expiry along the genealogy', () => {
  it('propagates a hold forward to every released downstream lot, in one transaction', async () => {
    const r = await rawLot('H-R');
    const woS = await workOrder(bomSub);
    await consume(woS, r.id, '2');
    const s = await produce(woS, '1');
    await release(s.id);
    const woF = await workOrder(bomFin);
    await consume(woF, s.id, '1');
    const f = await produce(woF, '1');
    await release(f.id);
    const hold = await t.ok(PlaceLotOnHoldDocument, { input: { id: r.id, expectedVersion: 3, reason: 'Supplier notified a deviation', propagateForward: true } }, 'QA_MANAGER');
    expect(hold.placeLotOnHold.userErrors).toEqual([]);
    const rows = await t.sql<{ id: string; status: string; status_reason: string }>('SELECT id, status, status_reason FROM lot WHERE id = ANY($1)', [[r.id, s.id, f.id]]);
    expect(rows.map((x) => x.status)).toEqual(['ON_HOLD', 'ON_HOLD', 'ON_HOLD']);
    expect(rows.find((x) => x.id === f.id)?.status_reason).toMatch(/propagated from lot/);
  });

  it('recalls every downstream lot with the recalled one, whatever their state, in one transaction', async () => {
    const r = await rawLot('RC-R');
    const woS = await workOrder(bomSub);
    await consume(woS, r.id, '2');
    const s = await produce(woS, '1');
    await release(s.id);
    const woF = await workOrder(bomFin);
    await consume(woF, s.id, '1');
    const f = await produce(woF, '1');
    const recalled = await t.ok(
      RecallLotDocument,
      {
        input: { id: r.id, expectedVersion: 3, reason: 'Supplier recall notice', signature: { password: SIGNING_PASSWORD, meaning: 'APPROVED', reason: 'Recall approved' } },
      },
      qa,
    );
    expect(recalled.recallLot.userErrors).toEqual([]);
    expect([...recalled.recallLot.recalledLotIds!].sort()).toEqual([r.id, s.id, f.id].sort());
    const rows = await t.sql<{ id: string; status: string }>('SELECT id, status FROM lot WHERE id = ANY($1) ORDER BY id', [[r.id, s.id, f.id]]);
    expect(rows.every((x) => x.status === 'RECALLED')).toBe(true);
    const sigs = await t.sql(`SELECT 1 FROM electronic_signature WHERE record_id = $1 AND meaning = 'APPROVED'`, [r.id]);
    expect(sigs).toHaveLength(1);
    const again = await t.ok(RecallLotDocument, { input: { id: f.id, expectedVersion: 3, reason: 'again', signature: { password: SIGNING_PASSWORD, meaning: 'APPROVED', reason: 'r' } } }, qa);
    expect(again.recallLot.userErrors[0].code).toMatch(/INVALID_TRANSITION|VERSION_CONFLICT/);
  });

  it('expires released lots past their date as the system actor (scheduled job)', async () => {
    const lot = await rawLot('EXP-JOB');
    await t.sql('UPDATE lot SET expires_on = current_date - 1 WHERE id = $1', [lot.id]);
    const expired = await expireReleasedLots(t.server.platform);
    expect(expired).toBeGreaterThanOrEqual(1);
    const [row] = await t.sql<{ status: string }>('SELECT status FROM lot WHERE id = $1', [lot.id]);
    expect(row.status).toBe('EXPIRED');
    const [audit] = await t.sql<{ actor_id: string; action: string }>(`SELECT actor_id, action FROM audit_entry WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1`, [lot.id]);
    expect(audit).toEqual({ actor_id: 'system', action: 'STATUS_CHANGE' });
    expect(await expireReleasedLots(t.server.platform)).toBe(0);
  });
});

describe('BOM lines and consumptions as nodes', () => {
  it('resolve for readers of their BOM or work order, and for nobody else', async () => {
    const consumed = (await consume(await workOrder(bomSub), (await rawLot('NODE-R')).id)).consumeLot;
    expect(consumed.userErrors).toEqual([]);
    const row = { bml: consumed.consumption!.bomLineId, con: consumed.consumption!.id };
    const query = `{ nodes(ids: ["${row.bml}", "${row.con}"]) { __typename id } }`;
    const seen = await t.gql<{ nodes: ({ __typename: string; id: string } | null)[] }, unknown>(query, {}, 'PRODUCTION');
    expect(seen.data?.nodes).toEqual([
      { __typename: 'BomLine', id: row.bml },
      { __typename: 'Consumption', id: row.con },
    ]);
    const hidden = await t.gql<{ nodes: unknown[] }, unknown>(query, {}, { roles: ['SUPPLIER'], supplierId: 'sup_any' });
    expect(hidden.data?.nodes).toEqual([null, null]);
  });
});

describe('trace permissions', () => {
  it('refuses traces to callers who may read no lots', async () => {
    const [
      {
        node: { id },
      },
    ] = (await t.ok(LotsDocument, { first: 1 }, 'ADMIN')).lots!.edges;
    expect((await t.gql(TraceLotDocument, { id, direction: 'FORWARD', maxDepth: 2 }, 'MAINTENANCE')).errors).toBeUndefined();
    expect((await t.gql(TraceLotDocument, { id, direction: 'FORWARD', maxDepth: 2 }, null)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(RecallImpactDocument, { lotId: id }, null)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
