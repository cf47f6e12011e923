import { createTestServer, type TestServer } from '../support/test-server';
import { receive, receivingSetup } from '../support/lot-fixtures';
import { whileInsertsFail } from '../support/fault-injection';
import { AdjustStockDocument, MoveStockDocument } from '../generated/graphql';

let t: TestServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
beforeAll(async () => {
  t = await createTestServer();
  setup = await receivingSetup(t, 'IDK');
});
afterAll(async () => {
  await t?.close();
});

const lotOf = (supplierLotNumber: string, quantity: string) => receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber, quantity, locationId: setup.locationId });

async function balance(lotId: string, locationId: string): Promise<string> {
  const [row] = await t.sql<{ q: string }>('SELECT quantity::text AS q FROM stock_balance WHERE lot_id = $1 AND location_id = $2', [lotId, locationId]);
  return row ? String(Number(row.q)) : '0';
}
const auditCount = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_entry'))[0].n);
const keptUnder = (key: string) => t.sql('SELECT result_id, user_errors FROM idempotency_record WHERE key = $1', [key]);

describe('idempotency keys', () => {
  it('refuses an empty key, in the input or the header, instead of taking it as no key', async () => {
    const lot = await lotOf('IDK-EMPTY', '10');
    const input = { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: '1' };
    const audits = await auditCount();
    const inInput = await t.ok(MoveStockDocument, { input: { ...input, idempotencyKey: '' } }, 'INTEGRATION');
    expect(inInput.moveStock.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['input', 'idempotencyKey'] })]);
    const inHeader = await t.gql(MoveStockDocument, { input }, 'INTEGRATION', { 'idempotency-key': '' });
    expect(inHeader.data?.moveStock.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['input', 'idempotencyKey'] })]);
    expect(await balance(lot.id, setup.otherLocationId)).toBe('0');
    expect(await auditCount()).toBe(audits);
  });

  it('replays a first answer that was userErrors, even after the refusal no longer holds, so a retry never applies later', async () => {
    const lot = await lotOf('IDK-REFUSED', '10');
    const input = { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: '15', idempotencyKey: 'wms-short-1' };
    const first = await t.ok(MoveStockDocument, { input }, 'INTEGRATION');
    expect(first.moveStock.userErrors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
    const audits = await auditCount();
    const concurrent = await Promise.all([1, 2, 3].map(() => t.ok(MoveStockDocument, { input }, 'INTEGRATION')));
    for (const again of concurrent) expect(again.moveStock).toEqual(first.moveStock);

    const recount = await t.ok(AdjustStockDocument, { input: { lotId: lot.id, locationId: setup.locationId, countedQuantity: '20', reason: 'Found a box' } }, 'WAREHOUSE');
    expect(recount.adjustStock.userErrors).toEqual([]);
    const afterRecount = await t.ok(MoveStockDocument, { input }, 'INTEGRATION');
    expect(afterRecount.moveStock).toEqual(first.moveStock);
    expect(await balance(lot.id, setup.otherLocationId)).toBe('0');
    expect(await auditCount()).toBe(audits + 1); // the recount only

    const reused = await t.ok(MoveStockDocument, { input: { ...input, quantity: '5' } }, 'INTEGRATION');
    expect(reused.moveStock.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    const fresh = await t.ok(MoveStockDocument, { input: { ...input, idempotencyKey: 'wms-short-2' } }, 'INTEGRATION');
    expect(fresh.moveStock.movement?.quantity).toBe('15');
  });

  it('keeps nothing under the key of a request that failed unexpectedly, so its retry runs once', async () => {
    const lot = await lotOf('IDK-FAILED', '10');
    const input = { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: '4', idempotencyKey: 'wms-outage-1' };
    const failed = await whileInsertsFail(t, 'stock_movement', () => t.gql(MoveStockDocument, { input }, 'INTEGRATION'));
    expect(failed.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(await keptUnder('wms-outage-1')).toEqual([]);

    const retried = await t.ok(MoveStockDocument, { input }, 'INTEGRATION');
    expect(retried.moveStock.movement?.quantity).toBe('4');
    const replayed = await t.ok(MoveStockDocument, { input }, 'INTEGRATION');
    expect(replayed.moveStock).toEqual(retried.moveStock);
    expect(await balance(lot.id, setup.otherLocationId)).toBe('4');
  });
});
