import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { receivingSetup } from '../support/lot-fixtures';
import { ReceiveLotDocument, type ReceiveLotInput } from '../generated/graphql';

/**
 * An idempotency key is the caller's own: two integrations that happen to pick the same key
 * (both number their requests from 1) send two requests. Neither replays the other's result,
 * which it might not even be allowed to read, nor is refused for "reusing" the other's key.
 */
let t: TestServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
const wms: Caller = { roles: ['WAREHOUSE'], sub: 'svc-wms', name: 'WMS connector' };
const erp: Caller = { roles: ['WAREHOUSE'], sub: 'svc-erp', name: 'ERP connector' };

beforeAll(async () => {
  t = await createTestServer();
  setup = await receivingSetup(t, 'IDK');
});
afterAll(async () => {
  await t?.close();
});

const input = (supplierLotNumber: string, quantity: string, idempotencyKey?: string): ReceiveLotInput => ({
  materialId: setup.material.id,
  supplierId: setup.supplier.id,
  supplierLotNumber,
  quantity,
  locationId: setup.locationId,
  idempotencyKey,
});
const lotCount = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM lot WHERE material_id = $1', [setup.material.id]))[0].n;

async function received(as: Caller, lotInput: ReceiveLotInput, headers: Record<string, string> = {}) {
  const res = await t.gql(ReceiveLotDocument, { input: lotInput }, as, headers);
  expect(res.errors).toBeUndefined();
  return res.data!.receiveLot;
}

describe('idempotency keys', () => {
  it('make the same key from two callers two requests, each replayed to its own caller only', async () => {
    const before = await lotCount();
    const first = await received(wms, input('IDK-1', '10', 'req-1'));
    const second = await received(erp, input('IDK-1', '10', 'req-1'));
    expect([first.userErrors, second.userErrors]).toEqual([[], []]);
    expect(second.lot?.id).not.toBe(first.lot?.id);
    expect(await lotCount()).toBe(before + 2);
    expect((await received(wms, input('IDK-1', '10', 'req-1'))).lot).toMatchObject({ id: first.lot?.id, lotNumber: first.lot?.lotNumber });
    expect((await received(erp, input('IDK-1', '10', 'req-1'))).lot).toMatchObject({ id: second.lot?.id, lotNumber: second.lot?.lotNumber });
    expect(await lotCount()).toBe(before + 2);
  });

  it('let a second caller use a key another caller used with a different input', async () => {
    const first = await received(wms, input('IDK-2', '10', 'req-2'));
    const other = await received(erp, input('IDK-2B', '25', 'req-2'));
    expect(other.userErrors).toEqual([]);
    expect(other.lot).toMatchObject({ supplierLotNumber: 'IDK-2B', quantity: '25' });
    expect(other.lot?.id).not.toBe(first.lot?.id);
    const reused = await received(wms, input('IDK-2B', '25', 'req-2'));
    expect(reused).toMatchObject({ lot: null, userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] }] });
  });

  it('scope a key sent in the Idempotency-Key header to its caller as well', async () => {
    const before = await lotCount();
    const first = await received(wms, input('IDK-3', '10'), { 'idempotency-key': 'req-3' });
    const second = await received(erp, input('IDK-3', '10'), { 'idempotency-key': 'req-3' });
    expect(second.lot?.id).not.toBe(first.lot?.id);
    expect((await received(erp, input('IDK-3', '10'), { 'idempotency-key': 'req-3' })).lot?.id).toBe(second.lot?.id);
    expect(await lotCount()).toBe(before + 2);
  });
});
