import { Client as PgClient } from 'pg';
import { createTestServer, type TestServer } from '../support/test-server';
import { receive, receivingSetup, signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import { AdjustStockDocument, MoveStockDocument, ReleaseLotDocument, StartLotTestingDocument, StockBalancesDocument, StockMovementsDocument } from '../generated/graphql';

let t: TestServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
beforeAll(async () => {
  t = await createTestServer();
  setup = await receivingSetup(t, 'STK');
});
afterAll(async () => {
  await t?.close();
});

const lotOf = (supplierLotNumber: string, quantity = '100') => receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber, quantity, locationId: setup.locationId });

async function balance(lotId: string, locationId: string): Promise<string> {
  const [row] = await t.sql<{ q: string }>('SELECT quantity::text AS q FROM stock_balance WHERE lot_id = $1 AND location_id = $2', [lotId, locationId]);
  return row ? String(Number(row.q)) : '0';
}

describe('stock ledger', () => {
  it('starts a received lot with a RECEIVE movement and its balance at the receiving location', async () => {
    const lot = await lotOf('STK-R1', '25.5');
    const moves = await t.ok(StockMovementsDocument, { first: 10, filter: { lotIds: [lot.id] } }, 'WAREHOUSE');
    expect(moves.stockMovements!.edges.map((e) => e.node)).toEqual([expect.objectContaining({ type: 'RECEIVE', quantity: '25.5', toLocationId: setup.locationId, fromLocationId: null })]);
    expect(await balance(lot.id, setup.locationId)).toBe('25.5');
  });

  it('transfers stock and refuses more than the balance with INSUFFICIENT_STOCK, changing nothing', async () => {
    const lot = await lotOf('STK-T1', '10');
    const ok = await t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: '4.25' } }, 'WAREHOUSE');
    expect(ok.moveStock.movement).toMatchObject({ type: 'TRANSFER', quantity: '4.25' });
    const [event] = await t.sql<{ aggregate_type: string; lot: string; site: string }>(
      `SELECT aggregate_type, payload->>'lotId' AS lot, payload->'record'->>'siteId' AS site FROM outbox_event WHERE event_type = 'StockMoved' AND aggregate_id = $1`,
      [ok.moveStock.movement!.id],
    );
    expect(event).toEqual({ aggregate_type: 'StockMovement', lot: lot.id, site: setup.siteId });
    const tooMuch = await t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: '6' } }, 'WAREHOUSE');
    expect(tooMuch.moveStock.userErrors[0].code).toBe('INSUFFICIENT_STOCK');
    expect(await balance(lot.id, setup.locationId)).toBe('5.75');
    expect(await balance(lot.id, setup.otherLocationId)).toBe('4.25');
  });

  it('issues only released lots (LOT_NOT_RELEASED otherwise) and refuses bad move shapes', async () => {
    const lot = await lotOf('STK-I1', '10');
    const issue = { lotId: lot.id, type: 'ISSUE' as const, fromLocationId: setup.locationId, quantity: '1' };
    expect((await t.ok(MoveStockDocument, { input: issue }, 'PRODUCTION')).moveStock.userErrors[0].code).toBe('LOT_NOT_RELEASED');
    const qa = await signerUser(t, 'u-stock-qa', ['QA_MANAGER']);
    await t.ok(StartLotTestingDocument, { input: { id: lot.id, expectedVersion: 1, reason: 'Incoming' } }, 'QA_INSPECTOR');
    const rel = await t.ok(ReleaseLotDocument, { input: { id: lot.id, expectedVersion: 2, reason: 'ok', signature: { password: SIGNING_PASSWORD, meaning: 'RELEASED', reason: 'CoA checked' } } }, qa);
    expect(rel.releaseLot.userErrors).toEqual([]);
    expect((await t.ok(MoveStockDocument, { input: issue }, 'PRODUCTION')).moveStock.movement).toMatchObject({ type: 'ISSUE', toLocationId: null });
    const noTarget = await t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: setup.locationId, quantity: '1' } }, 'WAREHOUSE');
    expect(noTarget.moveStock.userErrors[0].field).toEqual(['input', 'toLocationId']);
    expect((await t.gql(MoveStockDocument, { input: issue }, 'SALES')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('runs a mutation PostgreSQL picked as a deadlock victim again, so the caller sees it succeed', async () => {
    const lot = await lotOf('STK-DEADLOCK', '10');
    const seed = await t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: '5' } }, 'WAREHOUSE');
    expect(seed.moveStock.userErrors).toEqual([]);
    // Another transaction holds the target balance and then asks for the source one: a lock cycle
    // with the transfer below. It waits long before checking for deadlocks, so PostgreSQL aborts the transfer.
    const other = new PgClient({ connectionString: t.databaseUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SET LOCAL deadlock_timeout = '10s'`);
      await other.query('SELECT 1 FROM stock_balance WHERE lot_id = $1 AND location_id = $2 FOR UPDATE', [lot.id, setup.locationId]);
      const transfer = t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: setup.otherLocationId, toLocationId: setup.locationId, quantity: '1' } }, 'WAREHOUSE');
      await new Promise((r) => setTimeout(r, 300));
      const cycle = other.query('SELECT 1 FROM stock_balance WHERE lot_id = $1 AND location_id = $2 FOR UPDATE', [lot.id, setup.otherLocationId]);
      await cycle;
      await other.query('COMMIT');
      expect((await transfer).moveStock.userErrors).toEqual([]);
    } finally {
      await other.end();
    }
    expect([await balance(lot.id, setup.locationId), await balance(lot.id, setup.otherLocationId)]).toEqual(['6', '4']);
    expect(await t.sql(`SELECT 1 FROM stock_movement WHERE lot_id = $1 AND type = 'TRANSFER'`, [lot.id])).toHaveLength(2);
  });

  it('loses no movement and never goes negative under 50 concurrent moves on one balance', async () => {
    const lot = await lotOf('STK-C50', '100');
    const results = await Promise.all(
      Array.from({ length: 50 }, () => t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: '3' } }, 'WAREHOUSE')),
    );
    const moved = results.filter((r) => r.moveStock.userErrors.length === 0).length;
    expect(moved).toBe(33);
    expect(results.filter((r) => r.moveStock.userErrors[0]?.code === 'INSUFFICIENT_STOCK')).toHaveLength(17);
    const [ledger] = await t.sql<{ at_source: string; at_target: string; n: number }>(
      `SELECT sum(CASE WHEN to_location_id = $2 THEN quantity ELSE 0 END) - sum(CASE WHEN from_location_id = $2 THEN quantity ELSE 0 END) AS at_source,
              sum(CASE WHEN to_location_id = $3 THEN quantity ELSE 0 END) - sum(CASE WHEN from_location_id = $3 THEN quantity ELSE 0 END) AS at_target,
              count(*)::int AS n
       FROM stock_movement WHERE lot_id = $1`,
      [lot.id, setup.locationId, setup.otherLocationId],
    );
    expect(ledger.n).toBe(1 + 33);
    expect(Number(ledger.at_source)).toBe(Number(await balance(lot.id, setup.locationId)));
    expect(Number(ledger.at_target)).toBe(Number(await balance(lot.id, setup.otherLocationId)));
    expect(await balance(lot.id, setup.locationId)).toBe('1');
  });

  it('adjusts to a counted quantity in either direction', async () => {
    const lot = await lotOf('STK-A1', '10');
    const down = await t.ok(AdjustStockDocument, { input: { lotId: lot.id, locationId: setup.locationId, countedQuantity: '9.5', reason: 'Cycle count' } }, 'WAREHOUSE');
    expect(down.adjustStock.movement).toMatchObject({ type: 'ADJUST', quantity: '0.5', fromLocationId: setup.locationId });
    const up = await t.ok(AdjustStockDocument, { input: { lotId: lot.id, locationId: setup.locationId, countedQuantity: '12', reason: 'Found pallet' } }, 'WAREHOUSE');
    expect(up.adjustStock.movement).toMatchObject({ quantity: '2.5', toLocationId: setup.locationId });
    const same = await t.ok(AdjustStockDocument, { input: { lotId: lot.id, locationId: setup.locationId, countedQuantity: '12', reason: 'Recount' } }, 'WAREHOUSE');
    expect(same.adjustStock.userErrors[0].field).toEqual(['input', 'countedQuantity']);
    expect((await t.gql(AdjustStockDocument, { input: { lotId: lot.id, locationId: setup.locationId, countedQuantity: '1', reason: 'x' } }, 'PRODUCTION')).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('idempotency', () => {
  it('replays the first response for the same key and input, by input field or header, also when sent concurrently', async () => {
    const lot = await lotOf('STK-IDEM', '50');
    const input = { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: '2', idempotencyKey: 'wms-4711' };
    const first = await t.ok(MoveStockDocument, { input }, 'INTEGRATION');
    const again = await t.ok(MoveStockDocument, { input }, 'INTEGRATION');
    expect(again.moveStock.movement).toEqual(first.moveStock.movement);
    const { idempotencyKey: _k, ...withoutKey } = input;
    const viaHeader = await Promise.all([1, 2, 3].map(() => t.gql(MoveStockDocument, { input: withoutKey }, 'INTEGRATION', { 'idempotency-key': 'wms-4712' })));
    const ids = new Set(viaHeader.map((r) => r.data?.moveStock.movement?.id));
    expect(ids.size).toBe(1);
    expect(await balance(lot.id, setup.otherLocationId)).toBe('4');
  });

  it('refuses the same key with a different input as IDEMPOTENCY_KEY_REUSED', async () => {
    const lot = await lotOf('STK-REUSE', '50');
    const input = { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: '2', idempotencyKey: 'wms-9' };
    await t.ok(MoveStockDocument, { input }, 'INTEGRATION');
    const reused = await t.ok(MoveStockDocument, { input: { ...input, quantity: '3' } }, 'INTEGRATION');
    expect(reused.moveStock.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await balance(lot.id, setup.otherLocationId)).toBe('2');
  });
});

describe('site scoping', () => {
  it("limits stockBalances and stockMovements to the caller's siteIds, and refuses moves elsewhere", async () => {
    const lot = await lotOf('STK-SITE', '5');
    const elsewhere = { roles: ['WAREHOUSE' as const], siteIds: ['site_elsewhere'] };
    const own = { roles: ['WAREHOUSE' as const], siteIds: [setup.siteId] };
    expect((await t.ok(StockBalancesDocument, { first: 100, filter: { lotIds: [lot.id] } }, elsewhere)).stockBalances!.totalCount).toBe(0);
    expect((await t.ok(StockMovementsDocument, { first: 100, filter: { lotIds: [lot.id] } }, elsewhere)).stockMovements!.totalCount).toBe(0);
    expect((await t.ok(StockBalancesDocument, { first: 100, filter: { lotIds: [lot.id] } }, own)).stockBalances!.totalCount).toBe(1);
    const move = await t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: '1' } }, elsewhere);
    expect(move.moveStock.userErrors[0].code).toBe('FORBIDDEN');
  });
});
