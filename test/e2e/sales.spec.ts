import { Client as PgClient } from 'pg';
import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import { inspectionSetup } from '../support/quality-fixtures';
import {
  AddCustomerAddressDocument,
  AllocateSalesOrderDocument,
  CancelSalesOrderDocument,
  ConfirmSalesOrderDocument,
  CreateCustomerDocument,
  CreateSalesOrderDocument,
  DispositionNonconformanceDocument,
  MoveStockDocument,
  OpenNonconformanceDocument,
  PlaceLotOnHoldDocument,
  RecallImpactWithShipmentsDocument,
  RecallLotDocument,
  ReleaseLotDocument,
  ReviewNonconformanceDocument,
  ShipSalesOrderDocument,
  StockBalancesDocument,
} from '../generated/graphql';

const GTIN = '04012345678901';
let t: TestServer;
let q: Awaited<ReturnType<typeof inspectionSetup>>;
let qa: Caller;
let qa2: Caller;
let seq = 0;

const sign = (meaning: 'RELEASED' | 'APPROVED') => ({ password: SIGNING_PASSWORD, meaning, reason: `${meaning} for sales test` });
const lotRow = async (id: string) => (await t.sql<{ status: string; version: number }>('SELECT status, version FROM lot WHERE id = $1', [id]))[0];
const onHand = async (lotId: string) => (await t.sql<{ q: string }>('SELECT coalesce(sum(quantity), 0)::text AS q FROM stock_balance WHERE lot_id = $1', [lotId]))[0].q;

/** Where a lot's stock is, as a client reads it. */
const balancesOf = async (lotId: string) => (await t.ok(StockBalancesDocument, { first: 10, filter: { lotIds: [lotId] } }, 'ADMIN')).stockBalances!.edges.map((e) => e.node);

/** A received, inspected and released lot expiring in `days`. */
async function releasedLot(label: string, quantity: string, days: number) {
  const l = await q.lot(label, quantity);
  await t.sql('UPDATE lot SET expires_on = $2 WHERE id = $1', [l.id, daysFromToday(days)]);
  await q.inspect(l.id, ['2.35', '2.36']);
  const rel = await t.ok(ReleaseLotDocument, { input: { id: l.id, expectedVersion: 2, reason: 'ok', signature: sign('RELEASED') } }, qa);
  expect(rel.releaseLot.userErrors).toEqual([]);
  return l;
}

async function customer(code: string) {
  const c = await t.ok(CreateCustomerDocument, { input: { code, name: `Hospital ${code}`, country: 'CN' } }, 'SALES');
  const id = c.createCustomer.customer!.id;
  const a = await t.ok(
    AddCustomerAddressDocument,
    { input: { customerId: id, label: 'Main', consigneeName: `Receiving, Hospital ${code}`, line1: '1 Health Rd', city: 'Suzhou', postalCode: '215000', country: 'CN' } },
    'SALES',
  );
  expect(a.addCustomerAddress.userErrors).toEqual([]);
  return { id, addressId: a.addCustomerAddress.address!.id };
}

/** A CONFIRMED order of `quantity` of the test material. */
async function confirmedOrder(c: { id: string; addressId: string }, quantity: string) {
  const created = await t.ok(
    CreateSalesOrderDocument,
    {
      input: { orderNumber: `SO-${++seq}`, customerId: c.id, shipToAddressId: c.addressId, currency: 'CNY', lines: [{ materialId: q.material.id, quantity, unitPrice: '12.50' }] },
    },
    'SALES',
  );
  expect(created.createSalesOrder.userErrors).toEqual([]);
  const so = created.createSalesOrder.salesOrder!;
  const confirmed = await t.ok(ConfirmSalesOrderDocument, { input: { id: so.id, expectedVersion: 1 } }, 'SALES');
  expect(confirmed.confirmSalesOrder.userErrors).toEqual([]);
  return so;
}

beforeAll(async () => {
  t = await createTestServer();
  q = await inspectionSetup(t, 'SAL', GTIN);
  qa = await signerUser(t, 'u-sales-qa', ['QA_MANAGER']);
  qa2 = await signerUser(t, 'u-sales-qa2', ['QA_MANAGER']);
});
afterAll(async () => {
  await t?.close();
});

describe('sales orders', () => {
  it('allocate first-expiry-first-out, ship with lot, UDI and consignee, and publish each status', async () => {
    const mid = await releasedLot('FEFO-MID', '30', 100);
    const soon = await releasedLot('FEFO-SOON', '30', 40);
    const late = await releasedLot('FEFO-LATE', '30', 300);
    const hosp = await customer('H1');
    const base = t.subscriberCount;
    const statuses = subscribe<{ orderStatusChanged: { status: string; orderKind: string } }>(
      t.ws({ authorization: `Bearer ${t.token('SALES')}` }),
      'subscription { orderStatusChanged(filter: { orderKinds: [SALES] }) { status orderKind } }',
    );
    await t.subscribers(base + 1);
    const so = await confirmedOrder(hosp, '45');
    expect(so).toMatchObject({ status: 'DRAFT', totalAmount: '562.5' });
    const alloc = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'WAREHOUSE');
    expect(alloc.allocateSalesOrder.userErrors).toEqual([]);
    expect(alloc.allocateSalesOrder.allocations!.map((a) => [a.lotId, a.quantity])).toEqual([
      [soon.id, '30'],
      [mid.id, '15'],
    ]);
    const shipped = await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, 'WAREHOUSE');
    expect(shipped.shipSalesOrder.userErrors).toEqual([]);
    const shipment = shipped.shipSalesOrder.shipment!;
    expect(shipment).toMatchObject({ shipmentNumber: 'SO-1-S1', consigneeName: 'Receiving, Hospital H1', consigneeAddress: '1 Health Rd, 215000 Suzhou, CN' });
    expect(shipment.lines.map((l) => [l.lotNumber, l.quantity])).toEqual([
      [soon.lotNumber, '30'],
      [mid.lotNumber, '15'],
    ]);
    expect(shipment.lines[0].udi).toMatch(new RegExp(`^\\(01\\)${GTIN}.*\\(17\\)\\d{6}\\(10\\)${soon.lotNumber}$`));
    expect([await onHand(soon.id), await onHand(mid.id), await onHand(late.id)]).toEqual(['0.000000', '15.000000', '30.000000']);
    expect(await t.sql(`SELECT type, quantity::text FROM stock_movement WHERE reference = $1 ORDER BY quantity DESC`, [shipment.id])).toEqual([
      { type: 'SHIP', quantity: '30.000000' },
      { type: 'SHIP', quantity: '15.000000' },
    ]);
    await statuses.waitFor(4);
    expect(statuses.events.map((e) => e.orderStatusChanged.status)).toEqual(['DRAFT', 'CONFIRMED', 'ALLOCATED', 'SHIPPED']);
  });

  it('refuse allocation short of stock, and change nothing', async () => {
    const hosp = await customer('H2');
    const so = await confirmedOrder(hosp, '100000');
    const res = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES');
    expect(res.allocateSalesOrder.userErrors[0]).toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    expect(await t.sql(`SELECT 1 FROM sales_allocation a JOIN sales_order_line l ON l.id = a.order_line_id WHERE l.order_id = $1`, [so.id])).toEqual([]);
    expect(await t.sql('SELECT status, version FROM sales_order WHERE id = $1', [so.id])).toEqual([{ status: 'CONFIRMED', version: 2 }]);
  });

  it("use a conditional release only within its concession's customer and quantity", async () => {
    const failed = await q.failedLot('COND-1', '40');
    await t.sql('UPDATE lot SET expires_on = $2 WHERE id = $1', [failed.lot.id, daysFromToday(10)]);
    await t.ok(ReviewNonconformanceDocument, { input: { id: failed.nonconformance.id, expectedVersion: 1, summary: 'Cosmetic only' } }, qa);
    const hosp = await customer('H3');
    const other = await customer('H4');
    const disp = await t.ok(
      DispositionNonconformanceDocument,
      {
        input: {
          id: failed.nonconformance.id,
          expectedVersion: 2,
          disposition: 'USE_AS_IS',
          justification: 'Accepted by H3',
          concession: { customerId: hosp.id, maxQuantity: '10' },
          signature: sign('APPROVED'),
        },
      },
      qa2,
    );
    expect(disp.dispositionNonconformance.userErrors).toEqual([]);
    const forOther = await confirmedOrder(other, '5');
    const a1 = await t.ok(AllocateSalesOrderDocument, { input: { id: forOther.id, expectedVersion: 2 } }, 'SALES');
    expect(a1.allocateSalesOrder.allocations!.map((a) => a.lotId)).not.toContain(failed.lot.id);
    const forHosp = await confirmedOrder(hosp, '25');
    const a2 = await t.ok(AllocateSalesOrderDocument, { input: { id: forHosp.id, expectedVersion: 2 } }, 'SALES');
    const fromConditional = a2.allocateSalesOrder.allocations!.filter((a) => a.lotId === failed.lot.id);
    expect(fromConditional.map((a) => a.quantity)).toEqual(['10']);
    const shipped = await t.ok(ShipSalesOrderDocument, { input: { id: forHosp.id, expectedVersion: 3 } }, 'WAREHOUSE');
    expect(shipped.shipSalesOrder.userErrors).toEqual([]);
    expect(await t.sql('SELECT used_quantity::text FROM concession WHERE id = $1', [disp.dispositionNonconformance.concession!.id])).toEqual([{ used_quantity: '10.000000' }]);
  });

  it('count open allocations against a concession: an issue may not take what an order was promised', async () => {
    const failed = await q.failedLot('COND-PROMISED', '30');
    await t.sql('UPDATE lot SET expires_on = $2 WHERE id = $1', [failed.lot.id, daysFromToday(1)]);
    await t.ok(ReviewNonconformanceDocument, { input: { id: failed.nonconformance.id, expectedVersion: 1, summary: 'Cosmetic only' } }, qa);
    const disp = await t.ok(
      DispositionNonconformanceDocument,
      {
        input: { id: failed.nonconformance.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'Cosmetic', concession: { maxQuantity: '10' }, signature: sign('APPROVED') },
      },
      qa2,
    );
    expect(disp.dispositionNonconformance.userErrors).toEqual([]);
    const so = await confirmedOrder(await customer('H16'), '10');
    const alloc = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES');
    expect(alloc.allocateSalesOrder.allocations!.map((a) => [a.lotId, a.quantity])).toEqual([[failed.lot.id, '10']]);
    const issue = await t.ok(MoveStockDocument, { input: { lotId: failed.lot.id, fromLocationId: q.locationId, type: 'ISSUE', quantity: '5', reason: 'To line' } }, 'WAREHOUSE');
    expect(issue.moveStock.userErrors[0]).toMatchObject({ code: 'CONCESSION_EXCEEDED' });
    const shipped = await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, 'WAREHOUSE');
    expect(shipped.shipSalesOrder.userErrors).toEqual([]);
    expect(await t.sql('SELECT used_quantity::text FROM concession WHERE id = $1', [disp.dispositionNonconformance.concession!.id])).toEqual([{ used_quantity: '10.000000' }]);
    // Leave none of this early-expiring lot for later tests' FEFO picks.
    await t.ok(PlaceLotOnHoldDocument, { input: { id: failed.lot.id, expectedVersion: (await lotRow(failed.lot.id)).version, reason: 'Concession used up' } }, 'QA_MANAGER');
  });

  it('draw in full on a concession granted after the allocation, which never counted it', async () => {
    const l = await releasedLot('COND-LATE', '5', 0);
    const so = await confirmedOrder(await customer('H17'), '5');
    const alloc = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES');
    expect(alloc.allocateSalesOrder.allocations!.map((a) => [a.lotId, a.quantity])).toEqual([[l.id, '5']]);
    await t.ok(PlaceLotOnHoldDocument, { input: { id: l.id, expectedVersion: (await lotRow(l.id)).version, reason: 'Label check' } }, 'QA_MANAGER');
    const opened = await t.ok(OpenNonconformanceDocument, { input: { lotIds: [l.id], description: 'Label smudged', source: 'OTHER' } }, 'QA_INSPECTOR');
    const ncId = opened.openNonconformance.nonconformance!.id;
    await t.ok(ReviewNonconformanceDocument, { input: { id: ncId, expectedVersion: 1, summary: 'Cosmetic only' } }, qa);
    const disp = await t.ok(
      DispositionNonconformanceDocument,
      {
        input: { id: ncId, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'Cosmetic', concession: { maxQuantity: '3' }, signature: sign('APPROVED') },
      },
      qa2,
    );
    expect(disp.dispositionNonconformance.userErrors).toEqual([]);
    const shipped = await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, 'WAREHOUSE');
    expect(shipped.shipSalesOrder.userErrors[0]).toMatchObject({ code: 'CONCESSION_EXCEEDED' });
    expect(await t.sql('SELECT used_quantity::text FROM concession WHERE id = $1', [disp.dispositionNonconformance.concession!.id])).toEqual([{ used_quantity: '0.000000' }]);
    await t.ok(CancelSalesOrderDocument, { input: { id: so.id, expectedVersion: 3, reason: 'Beyond the concession' } }, 'SALES');
    await t.ok(PlaceLotOnHoldDocument, { input: { id: l.id, expectedVersion: (await lotRow(l.id)).version, reason: 'Keep out of later picks' } }, 'QA_MANAGER');
  });

  it('refuse to ship a lot held since allocation, shipping nothing', async () => {
    const l = await releasedLot('HOLD-AFTER', '20', 30);
    const hosp = await customer('H5');
    const so = await confirmedOrder(hosp, '5');
    const alloc = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES');
    const lotIds = alloc.allocateSalesOrder.allocations!.map((a) => a.lotId);
    for (const id of lotIds) {
      const { version, status } = await lotRow(id);
      if (status === 'RELEASED') await t.ok(PlaceLotOnHoldDocument, { input: { id, expectedVersion: version, reason: 'Complaint' } }, 'QA_MANAGER');
    }
    const res = await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, 'WAREHOUSE');
    expect(res.shipSalesOrder.userErrors[0]).toMatchObject({ code: 'LOT_NOT_RELEASED' });
    expect(await t.sql('SELECT 1 FROM shipment WHERE sales_order_id = $1', [so.id])).toEqual([]);
    const cancelled = await t.ok(CancelSalesOrderDocument, { input: { id: so.id, expectedVersion: 3, reason: 'Stock on hold' } }, 'SALES');
    expect(cancelled.cancelSalesOrder.salesOrder?.status).toBe('CANCELLED');
    expect(await t.sql(`SELECT DISTINCT a.status FROM sales_allocation a JOIN sales_order_line l ON l.id = a.order_line_id WHERE l.order_id = $1`, [so.id])).toEqual([{ status: 'CANCELLED' }]);
    const audit = await t.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE entity_type = 'SalesOrder' AND entity_id = $1 ORDER BY seq`, [so.id]);
    expect(audit.map((e) => e.action)).toEqual(['CREATE', 'STATUS_CHANGE', 'ALLOCATE', 'STATUS_CHANGE', 'RELEASE_ALLOCATIONS', 'STATUS_CHANGE']);
    void l;
  });

  it('reserve allocated stock against other movements', async () => {
    const l = await releasedLot('RESERVED', '10', 1);
    const hosp = await customer('H10');
    const so = await confirmedOrder(hosp, '8');
    const alloc = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES');
    expect(alloc.allocateSalesOrder.allocations!.map((a) => [a.lotId, a.quantity])).toEqual([[l.id, '8']]);
    const issue = (quantity: string) => t.ok(MoveStockDocument, { input: { lotId: l.id, fromLocationId: q.locationId, type: 'ISSUE', quantity, reason: 'To line' } }, 'WAREHOUSE');
    expect((await issue('3')).moveStock.userErrors[0]).toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    expect((await issue('2')).moveStock.userErrors).toEqual([]);
    const shipped = await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, 'WAREHOUSE');
    expect(shipped.shipSalesOrder.userErrors).toEqual([]);
    expect(await onHand(l.id)).toBe('0.000000');
  });

  it('make a movement of free stock wait for an allocator of its material, then count its allocations', async () => {
    const l = await releasedLot('RACING', '10', 1);
    const so = await confirmedOrder(await customer('H11'), '8');
    const [line] = so.lines!;
    const [balance] = await balancesOf(l.id);
    // An allocator in the middle of its transaction: it holds the material's allocation lock and
    // has not yet committed the allocation it is writing.
    const allocator = new PgClient({ connectionString: t.databaseUrl });
    await allocator.connect();
    try {
      await allocator.query('BEGIN');
      await allocator.query(`SELECT pg_advisory_xact_lock(hashtext('lotgraph-allocate:' || $1))`, [q.material.id]);
      let settled = false;
      const move = t.ok(MoveStockDocument, { input: { lotId: l.id, fromLocationId: q.locationId, type: 'ISSUE', quantity: '5', reason: 'To line' } }, 'WAREHOUSE').finally(() => {
        settled = true;
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(settled).toBe(false);
      await allocator.query(`INSERT INTO sales_allocation (id, order_line_id, lot_id, location_id, site_id, quantity, status) VALUES ('alc_racing', $1, $2, $3, $4, 8, 'ALLOCATED')`, [
        line.id,
        l.id,
        q.locationId,
        balance.siteId,
      ]);
      await allocator.query('COMMIT');
      expect((await move).moveStock.userErrors[0]).toMatchObject({ code: 'INSUFFICIENT_STOCK' });
      expect(await onHand(l.id)).toBe('10.000000');
    } finally {
      await allocator.end();
    }
    // Leave no free stock of this early-expiring lot for later tests' FEFO picks.
    await t.sql(`UPDATE sales_allocation SET status = 'CANCELLED' WHERE id = 'alc_racing'`);
    const out = await t.ok(MoveStockDocument, { input: { lotId: l.id, fromLocationId: q.locationId, type: 'ISSUE', quantity: '10', reason: 'Clean up' } }, 'WAREHOUSE');
    expect(out.moveStock.userErrors).toEqual([]);
  });

  it('never promise one balance twice to two lines of a material, and ship once per idempotency key', async () => {
    const a = await releasedLot('TWO-LINES-A', '10', 0);
    const b = await releasedLot('TWO-LINES-B', '10', 0);
    const hosp = await customer('H12');
    const created = await t.ok(
      CreateSalesOrderDocument,
      {
        input: {
          orderNumber: 'SO-TWO-LINES',
          customerId: hosp.id,
          shipToAddressId: hosp.addressId,
          currency: 'CNY',
          lines: [
            { materialId: q.material.id, quantity: '6', unitPrice: '12.50' },
            { materialId: q.material.id, quantity: '6', unitPrice: '12.50' },
          ],
        },
      },
      'SALES',
    );
    const so = created.createSalesOrder.salesOrder!;
    await t.ok(ConfirmSalesOrderDocument, { input: { id: so.id, expectedVersion: 1 } }, 'SALES');
    const alloc = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES');
    expect(alloc.allocateSalesOrder.allocations!.map((x) => [x.lotId, x.quantity])).toEqual([
      [a.id, '6'],
      [a.id, '4'],
      [b.id, '2'],
    ]);

    const ship = (shipmentNumber: string) => t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3, shipmentNumber, idempotencyKey: 'wms-ship-12' } }, 'WAREHOUSE');
    const first = await ship('SHP-12');
    expect(first.shipSalesOrder.userErrors).toEqual([]);
    const replay = await ship('SHP-12');
    expect(replay.shipSalesOrder).toMatchObject({ userErrors: [], shipment: { id: first.shipSalesOrder.shipment!.id }, salesOrder: { status: 'SHIPPED', version: 4 } });
    const reused = await ship('SHP-12-B');
    expect(reused.shipSalesOrder.userErrors[0]).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect([await onHand(a.id), await onHand(b.id)]).toEqual(['0.000000', '8.000000']);
    const lineAudit = await t.sql<{ changes: unknown }>(`SELECT changes FROM audit_entry WHERE action = 'SHIP_ALLOCATION' AND entity_id = ANY($1) ORDER BY seq`, [so.lines!.map((l) => l.id)]);
    expect(lineAudit).toHaveLength(3);
    expect(JSON.stringify(lineAudit.map((r) => r.changes))).toContain('"shippedQuantity"');
    // Leave no free stock expiring today for later tests' FEFO picks.
    const out = await t.ok(MoveStockDocument, { input: { lotId: b.id, fromLocationId: q.locationId, type: 'ISSUE', quantity: '8', reason: 'Clean up' } }, 'WAREHOUSE');
    expect(out.moveStock.userErrors).toEqual([]);
  });

  it("make a shipment wait for an allocator of its materials (the allocator's lock order, so the two cannot deadlock)", async () => {
    await releasedLot('SHIP-WAIT', '5', 2);
    const so = await confirmedOrder(await customer('H14'), '5');
    expect((await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES')).allocateSalesOrder.userErrors).toEqual([]);
    const allocator = new PgClient({ connectionString: t.databaseUrl });
    await allocator.connect();
    try {
      await allocator.query('BEGIN');
      await allocator.query(`SELECT pg_advisory_xact_lock(hashtext('lotgraph-allocate:' || $1))`, [q.material.id]);
      let settled = false;
      const ship = t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, 'WAREHOUSE').finally(() => {
        settled = true;
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(settled).toBe(false);
      await allocator.query('COMMIT');
      expect((await ship).shipSalesOrder.userErrors).toEqual([]);
    } finally {
      await allocator.end();
    }
  });

  it('let a site-limited warehouse allocate and ship only the stock of its sites', async () => {
    const l = await releasedLot('SITE-LIMIT', '4', 3);
    const so = await confirmedOrder(await customer('H15'), '4');
    const elsewhere: Caller = { roles: ['WAREHOUSE'], sub: 'wh-elsewhere', siteIds: ['site_elsewhere'] };
    const refused = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, elsewhere);
    expect(refused.allocateSalesOrder.userErrors[0]).toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    expect(await t.sql('SELECT 1 FROM sales_allocation a JOIN sales_order_line l ON l.id = a.order_line_id WHERE l.order_id = $1', [so.id])).toEqual([]);
    expect((await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES')).allocateSalesOrder.userErrors).toEqual([]);
    const notHere = await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, elsewhere);
    expect(notHere.shipSalesOrder.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'id'] });
    expect(await onHand(l.id)).toBe('4.000000');
    const [{ siteId }] = await balancesOf(l.id);
    const local = await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, { roles: ['WAREHOUSE'], sub: 'wh-local', siteIds: [siteId] });
    expect(local.shipSalesOrder.userErrors).toEqual([]);
    expect(await onHand(l.id)).toBe('0.000000');
  });

  it('keep roles and steps apart', async () => {
    const hosp = await customer('H6');
    const so = await confirmedOrder(hosp, '1');
    const early = await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'WAREHOUSE');
    expect(early.shipSalesOrder.userErrors[0].code).toBe('INVALID_TRANSITION');
    const longReason = await t.ok(CancelSalesOrderDocument, { input: { id: so.id, expectedVersion: 2, reason: 'x'.repeat(2001) } }, 'SALES');
    expect(longReason.cancelSalesOrder.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'reason'] });
    expect((await t.gql(`mutation { shipSalesOrder(input: { id: "${so.id}", expectedVersion: 2 }) { userErrors { code } } }`, {}, 'SALES')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await t.gql(`mutation { createSalesOrder(input: { orderNumber: "X", customerId: "c", shipToAddressId: "a", currency: "CNY", lines: [] }) { userErrors { code } } }`, {}, 'WAREHOUSE'))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const bi = await t.gql<{ salesOrders: { edges: { node: { totalAmount: string | null; lines: { unitPrice: string | null; quantity: string }[] } }[] } }, unknown>(
      '{ salesOrders(first: 1) { edges { node { totalAmount lines { unitPrice quantity } } } } }',
      {},
      'BI_READER',
    );
    expect(bi.data?.salesOrders.edges[0].node).toMatchObject({ totalAmount: null, lines: [{ unitPrice: null }] });
    expect(bi.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});

describe('order lines, allocations and shipment lines as nodes', () => {
  it("resolve through node(ids) for readers of their order, with the order's masks, and for nobody else", async () => {
    await releasedLot('NODES', '1', 400);
    const so = await confirmedOrder(await customer('H-NODES'), '1');
    const alloc = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES');
    expect(alloc.allocateSalesOrder.userErrors).toEqual([]);
    const shipped = await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, 'WAREHOUSE');
    expect(shipped.shipSalesOrder.userErrors).toEqual([]);
    const [allocation] = alloc.allocateSalesOrder.allocations!;
    const row = { sol: allocation.orderLineId, alc: allocation.id, shl: shipped.shipSalesOrder.shipment!.lines[0].id };
    const query = `{ nodes(ids: ["${row.sol}", "${row.alc}", "${row.shl}"]) { __typename id ... on SalesOrderLine { unitPrice } ... on ShipmentLine { udi } } }`;
    type Nodes = { nodes: ({ __typename: string; id: string; unitPrice?: string | null } | null)[] };
    const warehouse = await t.gql<Nodes, unknown>(query, {}, 'WAREHOUSE');
    expect(warehouse.errors).toBeUndefined();
    expect(warehouse.data?.nodes.map((n) => [n?.__typename, n?.id])).toEqual([
      ['SalesOrderLine', row.sol],
      ['Allocation', row.alc],
      ['ShipmentLine', row.shl],
    ]);
    const bi = await t.gql<Nodes, unknown>(query, {}, 'BI_READER');
    expect(bi.data?.nodes[0]).toEqual({ __typename: 'SalesOrderLine', id: row.sol, unitPrice: null });
    expect(bi.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['nodes.0.unitPrice', 'FORBIDDEN']]);
    for (const caller of [{ roles: ['SUPPLIER'], supplierId: q.supplier.id }, 'PRODUCTION'] as const) {
      const hidden = await t.gql<Nodes, unknown>(query, {}, caller as Caller);
      expect([caller, hidden.data?.nodes]).toEqual([caller, [null, null, null]]);
    }
  });
});

describe('recall', () => {
  it('reaches shipments and customers with quantities, and recalls the lot with its stock', async () => {
    const l = await releasedLot('RECALL-1', '20', 5);
    const h7 = await customer('H7');
    const h8 = await customer('H8');
    for (const [c, qty] of [
      [h7, '6'],
      [h8, '4'],
    ] as const) {
      const so = await confirmedOrder(c, qty);
      const alloc = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES');
      expect(alloc.allocateSalesOrder.allocations!.map((a) => a.lotId)).toEqual([l.id]);
      expect((await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, 'WAREHOUSE')).shipSalesOrder.userErrors).toEqual([]);
    }
    const impact = await t.ok(RecallImpactWithShipmentsDocument, { lotId: l.id }, 'QA_MANAGER');
    expect(impact.recallImpact!.customers).toEqual(
      [
        { customerId: h7.id, quantity: '6', shipmentCount: 1 },
        { customerId: h8.id, quantity: '4', shipmentCount: 1 },
      ].sort((a, b) => a.customerId.localeCompare(b.customerId)),
    );
    expect(impact.recallImpact!.shipments!.map((s) => s.consigneeName).sort()).toEqual(['Receiving, Hospital H7', 'Receiving, Hospital H8']);
    const supplier = await t.gql<{ recallImpact: { shipments: unknown } }, unknown>(
      `{ recallImpact(lotId: "${l.id}") { shipments { quantity } } }`,
      {},
      { roles: ['SUPPLIER'], supplierId: q.supplier.id },
    );
    expect(supplier.data?.recallImpact.shipments).toBeNull();
    expect(supplier.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { version } = await lotRow(l.id);
    const recalled = await t.ok(RecallLotDocument, { input: { id: l.id, expectedVersion: version, reason: 'Sterility breach', signature: sign('APPROVED') } }, qa);
    expect(recalled.recallLot.userErrors).toEqual([]);
    expect(recalled.recallLot).toMatchObject({ lot: { status: 'RECALLED' }, signature: { meaning: 'APPROVED' }, recalledLotIds: [l.id] });
    expect(recalled.recallLot.customers!.map((c) => [c.customer?.code, c.quantity])).toEqual(
      expect.arrayContaining([
        ['H7', '6'],
        ['H8', '4'],
      ]),
    );
    const hosp = await customer('H9');
    const so = await confirmedOrder(hosp, '1');
    const none = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES');
    expect((none.allocateSalesOrder.allocations ?? []).map((a) => a.lotId)).not.toContain(l.id);
  });

  it('masks consignees for BI_READER in recallImpact as on Shipment: null with FORBIDDEN at each path, the rest served', async () => {
    const l = await releasedLot('RECALL-BI', '5', 4);
    const h = await customer('H13');
    const so = await confirmedOrder(h, '3');
    const alloc = await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'SALES');
    expect(alloc.allocateSalesOrder.allocations!.map((a) => a.lotId)).toEqual([l.id]);
    expect((await t.ok(ShipSalesOrderDocument, { input: { id: so.id, expectedVersion: 3 } }, 'WAREHOUSE')).shipSalesOrder.userErrors).toEqual([]);
    const query = `{ recallImpact(lotId: "${l.id}") {
      shipments { customerId consigneeName consigneeAddress lotNumber quantity }
      customers { customerId quantity customer { name contactName } } } }`;
    type Impact = { recallImpact: { shipments: Record<string, unknown>[]; customers: Record<string, unknown>[] } };

    const bi = await t.gql<Impact, unknown>(query, {}, 'BI_READER');
    expect(bi.data?.recallImpact.shipments).toEqual([{ customerId: h.id, consigneeName: null, consigneeAddress: null, lotNumber: expect.any(String), quantity: '3' }]);
    expect(bi.data?.recallImpact.customers).toEqual([{ customerId: h.id, quantity: '3', customer: { name: 'Hospital H13', contactName: null } }]);
    expect(bi.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
      ['recallImpact.customers.0.customer.contactName', 'FORBIDDEN'],
      ['recallImpact.shipments.0.consigneeAddress', 'FORBIDDEN'],
      ['recallImpact.shipments.0.consigneeName', 'FORBIDDEN'],
    ]);

    const qaView = await t.gql<Impact, unknown>(query, {}, 'QA_MANAGER');
    expect(qaView.errors).toBeUndefined();
    expect(qaView.data?.recallImpact.shipments[0]).toMatchObject({ consigneeName: 'Receiving, Hospital H13', consigneeAddress: expect.stringContaining('1 Health Rd') });

    const list = await t.gql<{ shipments: { edges: { node: { shipmentNumber: string; consigneeName: string | null } }[] } }, unknown>(
      '{ shipments(first: 1) { edges { node { shipmentNumber consigneeName } } } }',
      {},
      'BI_READER',
    );
    expect(list.data?.shipments.edges[0].node).toEqual({ shipmentNumber: expect.any(String), consigneeName: null });
    expect(list.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
