import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { approveSource, createMaterial, createSupplier, daysFromToday } from '../support/fixtures';
import { receivingSetup } from '../support/lot-fixtures';
import {
  ApproveMaterialSupplierDocument,
  ApprovePurchaseOrderDocument,
  CreatePurchaseOrderDocument,
  ReceiveLotDocument,
  SetMaterialStatusDocument,
  SetSupplierQualificationDocument,
  type QualificationStatus,
} from '../generated/graphql';

/**
 * ISO 13485 7.4: an approved-supplier entry lets goods in only while its supplier is qualified
 * today, APPROVED or CONDITIONAL and not past its expiry date. An entry made while the supplier
 * was qualified stops working when the qualification lapses or is withdrawn.
 */
let t: TestServer;
let plant: Awaited<ReturnType<typeof receivingSetup>>;
const buyer: Caller = { roles: ['PURCHASING'], sub: 'asq-buyer', name: 'Buyer Bea' };
const colleague: Caller = { roles: ['PURCHASING'], sub: 'asq-colleague', name: 'Colleague Carl' };

beforeAll(async () => {
  t = await createTestServer();
  plant = await receivingSetup(t, 'ASQ');
});
afterAll(async () => {
  await t?.close();
});

const count = async (sql: string, params: unknown[] = []) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;

/** Time passes: the expiry date is moved directly (no API sets a date in the past, by design). */
const expiryMovedTo = (supplierId: string, date: string) => t.sql('UPDATE supplier SET qualification_expires_on = $2 WHERE id = $1', [supplierId, date]);

/** An ACTIVE material with `status` supplier approved as its source while qualified, and an order drafted then. */
async function qualifiedSource(code: string, status: QualificationStatus) {
  const material = await createMaterial(t, `${code}-M`, { lotNumberPattern: `${code}-{SEQ:3}` });
  await t.ok(SetMaterialStatusDocument, { input: { id: material.id, expectedVersion: 1, status: 'ACTIVE', reason: 'Design released' } }, 'QA_MANAGER');
  const supplier = await createSupplier(t, `${code}-S`, status);
  await approveSource(t, material.id, supplier.id);
  const order = await t.ok(CreatePurchaseOrderDocument, { input: { supplierId: supplier.id, currency: 'EUR', lines: [line(material.id)] } }, buyer);
  expect(order.createPurchaseOrder.userErrors).toEqual([]);
  return { material, supplier, orderId: order.createPurchaseOrder.purchaseOrder!.id };
}

const line = (materialId: string) => ({ materialId, quantity: '10', unitPrice: '2.50', dueOn: daysFromToday(14) });
const receipt = (materialId: string, supplierId: string, label: string) =>
  t.ok(ReceiveLotDocument, { input: { materialId, supplierId, supplierLotNumber: label, quantity: '5', locationId: plant.locationId } }, 'WAREHOUSE');

const lapses: [string, QualificationStatus, (supplier: { id: string; version: number }) => Promise<unknown>][] = [
  ['an APPROVED qualification past its expiry date', 'APPROVED', (s) => expiryMovedTo(s.id, daysFromToday(-1))],
  ['a CONDITIONAL qualification past its expiry date', 'CONDITIONAL', (s) => expiryMovedTo(s.id, daysFromToday(-1))],
  [
    'a supplier DISQUALIFIED after its source was approved',
    'APPROVED',
    async (s) => {
      const res = await t.ok(SetSupplierQualificationDocument, { input: { id: s.id, expectedVersion: s.version, status: 'DISQUALIFIED', reason: 'Major audit finding' } }, 'QA_MANAGER');
      expect(res.setSupplierQualification.userErrors).toEqual([]);
    },
  ],
];

describe.each(lapses)('%s', (label, status, lapse) => {
  let source: Awaited<ReturnType<typeof qualifiedSource>>;
  const code = `ASQ-${lapses.findIndex(([l]) => l === label)}`;

  beforeAll(async () => {
    source = await qualifiedSource(code, status);
    await lapse(source.supplier);
  });

  it('refuses a receipt from it with SUPPLIER_NOT_APPROVED on input.supplierId, writing nothing', async () => {
    const [lots, audits] = [await count('lot WHERE material_id = $1', [source.material.id]), await count('audit_entry')];
    const res = await receipt(source.material.id, source.supplier.id, `${code}-L1`);
    expect(res.receiveLot).toMatchObject({ lot: null, userErrors: [{ code: 'SUPPLIER_NOT_APPROVED', field: ['input', 'supplierId'] }] });
    expect([await count('lot WHERE material_id = $1', [source.material.id]), await count('audit_entry')]).toEqual([lots, audits]);
  });

  it('refuses a new purchase order from it at the line, writing nothing', async () => {
    const [orders, audits] = [await count('purchase_order WHERE supplier_id = $1', [source.supplier.id]), await count('audit_entry')];
    const res = await t.ok(CreatePurchaseOrderDocument, { input: { supplierId: source.supplier.id, currency: 'EUR', lines: [line(source.material.id)] } }, buyer);
    expect(res.createPurchaseOrder).toMatchObject({ purchaseOrder: null, userErrors: [{ code: 'SUPPLIER_NOT_APPROVED', field: ['input', 'lines', '0', 'materialId'] }] });
    expect([await count('purchase_order WHERE supplier_id = $1', [source.supplier.id]), await count('audit_entry')]).toEqual([orders, audits]);
  });

  it('stops the approval of an order drafted while it was qualified', async () => {
    const res = await t.ok(ApprovePurchaseOrderDocument, { input: { id: source.orderId, expectedVersion: 1 } }, colleague);
    expect(res.approvePurchaseOrder).toMatchObject({ purchaseOrder: null, userErrors: [{ code: 'SUPPLIER_NOT_APPROVED', field: ['input', 'id'] }] });
    expect(await t.sql('SELECT status, version FROM purchase_order WHERE id = $1', [source.orderId])).toEqual([{ status: 'DRAFT', version: 1 }]);
  });

  it('refuses approving it as the source of another material', async () => {
    const other = await createMaterial(t, `${code}-OTHER`);
    const res = await t.ok(ApproveMaterialSupplierDocument, { input: { materialId: other.id, supplierId: source.supplier.id, reason: 'FAI passed' } }, 'QA_MANAGER');
    expect(res.approveMaterialSupplier).toMatchObject({ materialSupplier: null, userErrors: [{ code: 'SUPPLIER_NOT_APPROVED', field: ['input', 'supplierId'] }] });
    expect(await count('material_supplier WHERE material_id = $1', [other.id])).toBe(0);
  });
});

describe('a qualification on its last day', () => {
  it.each(['APPROVED', 'CONDITIONAL'] as const)('still qualifies the %s supplier for receipts and orders', async (status) => {
    const source = await qualifiedSource(`ASQ-LAST-${status}`, status);
    await expiryMovedTo(source.supplier.id, daysFromToday(0));
    expect((await receipt(source.material.id, source.supplier.id, `ASQ-LAST-${status}`)).receiveLot.userErrors).toEqual([]);
    expect((await t.ok(ApprovePurchaseOrderDocument, { input: { id: source.orderId, expectedVersion: 1 } }, colleague)).approvePurchaseOrder.userErrors).toEqual([]);
  });
});
