import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { approveSource, createMaterial, createSupplier, daysFromToday } from '../support/fixtures';
import { inspectionSetup } from '../support/quality-fixtures';
import { receivingSetup, signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import {
  ApprovePurchaseOrderDocument,
  CancelPurchaseOrderDocument,
  ClosePurchaseOrderDocument,
  CompleteInspectionDocument,
  CreatePurchaseOrderDocument,
  DeviceHistoryRecordDocument,
  InspectionsDocument,
  LimsInspectionsDocument,
  PurchaseOrderNodeDocument,
  PurchaseOrdersDocument,
  ReceiveAgainstOrderDocument,
  RecordInspectionResultsDocument,
  ReleaseLotDocument,
  SendPurchaseOrderDocument,
  SetMaterialSupplierStatusDocument,
  type PurchaseOrderLineInput,
  type ReceiveLotInput,
} from '../generated/graphql';

let t: TestServer;
let setup: Awaited<ReturnType<typeof inspectionSetup>>;
let materialId: string;
let supplierId: string;

const buyer: Caller = { roles: ['PURCHASING'], sub: 'po-buyer', name: 'Buyer Bea' };
const colleague: Caller = { roles: ['PURCHASING'], sub: 'po-colleague', name: 'Colleague Carl' };
const qa: Caller = { roles: ['QA_MANAGER'], sub: 'po-qa', name: 'QA Quinn' };

const line = (quantity: string, unitPrice = '2.50', material = materialId): PurchaseOrderLineInput => ({ materialId: material, quantity, unitPrice, dueOn: daysFromToday(14) });
const orderRow = async (id: string) => (await t.sql<{ status: string; version: number }>('SELECT status, version FROM purchase_order WHERE id = $1', [id]))[0];
const count = async (table: string) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

async function create(lines: PurchaseOrderLineInput[], as: Caller = buyer, supplier = supplierId, currency = 'EUR') {
  const res = await t.ok(CreatePurchaseOrderDocument, { input: { supplierId: supplier, currency, lines } }, as);
  expect(res.createPurchaseOrder.userErrors).toEqual([]);
  return res.createPurchaseOrder.purchaseOrder!;
}

async function approve(id: string, expectedVersion: number, as: Caller = colleague) {
  return (await t.ok(ApprovePurchaseOrderDocument, { input: { id, expectedVersion } }, as)).approvePurchaseOrder;
}

async function send(id: string, expectedVersion: number, as: Caller = buyer) {
  return (await t.ok(SendPurchaseOrderDocument, { input: { id, expectedVersion } }, as)).sendPurchaseOrder;
}

async function cancel(id: string, expectedVersion: number, reason = 'Demand dropped') {
  return (await t.ok(CancelPurchaseOrderDocument, { input: { id, expectedVersion, reason } }, buyer)).cancelPurchaseOrder;
}

async function close(id: string, expectedVersion: number, reason = 'Rest will not be delivered') {
  return (await t.ok(ClosePurchaseOrderDocument, { input: { id, expectedVersion, reason } }, buyer)).closePurchaseOrder;
}

/** An order created by the buyer, approved by a colleague and sent (version 3). */
async function sentOrder(lines: PurchaseOrderLineInput[], supplier = supplierId) {
  const order = await create(lines, buyer, supplier);
  expect((await approve(order.id, 1)).userErrors).toEqual([]);
  const sent = await send(order.id, 2);
  expect(sent.purchaseOrder?.status).toBe('SENT');
  return sent.purchaseOrder!;
}

function receipt(purchaseOrderLineId: string, quantity: string, label: string, extra: Partial<ReceiveLotInput> = {}): ReceiveLotInput {
  return { materialId, supplierId, supplierLotNumber: label, quantity, locationId: setup.locationId, purchaseOrderLineId, ...extra };
}

async function receive(input: ReceiveLotInput) {
  return (await t.ok(ReceiveAgainstOrderDocument, { input }, 'WAREHOUSE')).receiveLot;
}

beforeAll(async () => {
  t = await createTestServer();
  setup = await inspectionSetup(t, 'PUR');
  materialId = setup.material.id;
  supplierId = setup.supplier.id;
});
afterAll(async () => {
  await t?.close();
});

describe('creating a purchase order', () => {
  it('refuses a line whose supplier/material pair is not approved, at that line, and writes nothing', async () => {
    const unapproved = await createMaterial(t, 'PUR-UNAPPROVED');
    const [orders, lines, audits] = [await count('purchase_order'), await count('purchase_order_line'), await count('audit_entry')];
    const res = await t.ok(CreatePurchaseOrderDocument, { input: { supplierId, currency: 'EUR', lines: [line('10'), line('5', '1', unapproved.id)] } }, buyer);
    expect(res.createPurchaseOrder).toMatchObject({ purchaseOrder: null, userErrors: [{ code: 'SUPPLIER_NOT_APPROVED', field: ['input', 'lines', '1', 'materialId'] }] });
    expect([await count('purchase_order'), await count('purchase_order_line'), await count('audit_entry')]).toEqual([orders, lines, audits]);
  });

  it('validates every line at once', async () => {
    const res = await t.ok(
      CreatePurchaseOrderDocument,
      {
        input: { supplierId, currency: 'euro', lines: [{ materialId, quantity: '0', unitPrice: '-1', dueOn: daysFromToday(-1) }] },
      },
      buyer,
    );
    expect(res.createPurchaseOrder.userErrors.map((e) => e.field)).toEqual([
      ['input', 'currency'],
      ['input', 'lines', '0', 'quantity'],
      ['input', 'lines', '0', 'unitPrice'],
      ['input', 'lines', '0', 'dueOn'],
    ]);
  });

  it('creates a DRAFT order with an exact total, numbered by the server, audited', async () => {
    const order = await create([line('3', '0.1'), line('1.5', '2.333333')]);
    expect(order).toMatchObject({ status: 'DRAFT', version: 1, currency: 'EUR', totalAmount: '3.7999995', createdByName: 'Buyer Bea', approvedBy: null });
    expect(order.orderNumber).toMatch(/^PO-\d{6}$/);
    expect(order.lines).toMatchObject([
      { lineNo: 1, quantity: '3', unitPrice: '0.1', receivedQuantity: '0' },
      { lineNo: 2, quantity: '1.5', unitPrice: '2.333333' },
    ]);
    const audits = await t.sql<{ entity_type: string }>('SELECT entity_type FROM audit_entry WHERE entity_id = $1 OR entity_id = ANY($2)', [order.id, order.lines!.map((l) => l.id)]);
    expect(audits.map((a) => a.entity_type).sort()).toEqual(['PurchaseOrder', 'PurchaseOrderLine', 'PurchaseOrderLine']);
  });

  it('replays a create with the same idempotency key instead of ordering twice', async () => {
    const input = { supplierId, currency: 'EUR', lines: [line('7')], idempotencyKey: 'erp-req-77' };
    const first = await t.ok(CreatePurchaseOrderDocument, { input }, buyer);
    const again = await t.ok(CreatePurchaseOrderDocument, { input }, buyer);
    expect(again.createPurchaseOrder.purchaseOrder?.id).toBe(first.createPurchaseOrder.purchaseOrder?.id);
    const reused = await t.ok(CreatePurchaseOrderDocument, { input: { ...input, lines: [line('8')] } }, buyer);
    expect(reused.createPurchaseOrder.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('approving a purchase order', () => {
  it('lets PURCHASING approve up to the limit, but not its own order', async () => {
    const order = await create([line('4000', '2.50')]); // 10000.00, exactly the limit
    const own = await approve(order.id, 1, buyer);
    expect(own).toMatchObject({ purchaseOrder: null, userErrors: [{ code: 'FORBIDDEN', message: expect.stringMatching(/separation of duties/) }] });
    const ownAsAdmin = await approve(order.id, 1, { roles: ['ADMIN'], sub: 'po-buyer' });
    expect(ownAsAdmin.userErrors[0].code).toBe('FORBIDDEN');
    const ok = await approve(order.id, 1);
    expect(ok.purchaseOrder).toMatchObject({ status: 'APPROVED', version: 2, approvedBy: 'Colleague Carl' });
    expect(ok.purchaseOrder?.approvedAt).toBeTruthy();
  });

  it('refuses PURCHASING above the limit and lets QA_MANAGER approve it', async () => {
    const order = await create([line('4000.004', '2.50')]); // 10000.01
    const over = await approve(order.id, 1);
    expect(over.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringMatching(/approval limit of 10000 EUR/) })]);
    expect(await orderRow(order.id)).toEqual({ status: 'DRAFT', version: 1 });
    const byQa = await approve(order.id, 1, qa);
    expect(byQa.purchaseOrder).toMatchObject({ status: 'APPROVED', approvedBy: 'QA Quinn' });
  });

  it('never compares an order in another currency with the limit: without a limit for it, only QA_MANAGER or ADMIN approve', async () => {
    const order = await create([line('1', '2.50')], buyer, supplierId, 'USD'); // 2.50 USD, far below 10000 EUR in any rate
    const byBuyer = await approve(order.id, 1);
    expect(byBuyer.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringMatching(/No approval limit is set for USD/) })]);
    expect(await orderRow(order.id)).toEqual({ status: 'DRAFT', version: 1 });
    const byQa = await approve(order.id, 1, qa);
    expect(byQa.purchaseOrder).toMatchObject({ status: 'APPROVED', currency: 'USD' });
  });

  it("stops approval and sending once a line's source is no longer approved, and resumes when it is again", async () => {
    const part = await createMaterial(t, 'PUR-LAPSING');
    const source = await approveSource(t, part.id, supplierId);
    const order = await create([line('3', '2.50', part.id)]);
    const suspend = (status: 'SUSPENDED' | 'APPROVED', expectedVersion: number) =>
      t.ok(SetMaterialSupplierStatusDocument, { input: { id: source.id, expectedVersion, status, reason: status === 'SUSPENDED' ? 'SCAR open' : 'SCAR closed' } }, 'QA_MANAGER');
    expect((await suspend('SUSPENDED', source.version)).setMaterialSupplierStatus.userErrors).toEqual([]);
    const refused = await approve(order.id, 1);
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'SUPPLIER_NOT_APPROVED', field: ['input', 'id'], message: expect.stringMatching(/PUR-LAPSING/) })]);
    expect(await orderRow(order.id)).toEqual({ status: 'DRAFT', version: 1 });
    expect((await suspend('APPROVED', source.version + 1)).setMaterialSupplierStatus.userErrors).toEqual([]);
    expect((await approve(order.id, 1)).purchaseOrder?.status).toBe('APPROVED');
    expect((await suspend('SUSPENDED', source.version + 2)).setMaterialSupplierStatus.userErrors).toEqual([]);
    expect((await send(order.id, 2)).userErrors[0]).toMatchObject({ code: 'SUPPLIER_NOT_APPROVED' });
    expect(await orderRow(order.id)).toEqual({ status: 'APPROVED', version: 2 });
  });

  it('refuses callers without the approve right outright', async () => {
    const order = await create([line('1')]);
    const res = await t.gql(ApprovePurchaseOrderDocument, { input: { id: order.id, expectedVersion: 1 } }, 'WAREHOUSE');
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the purchase order lifecycle', () => {
  it('takes the legal steps and refuses the illegal ones without changing anything', async () => {
    const order = await create([line('10')]);
    expect((await send(order.id, 1)).userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'id'] });
    expect((await close(order.id, 1)).userErrors[0].code).toBe('INVALID_TRANSITION');
    expect((await approve(order.id, 2)).userErrors[0].code).toBe('VERSION_CONFLICT');
    expect(await orderRow(order.id)).toEqual({ status: 'DRAFT', version: 1 });
    await approve(order.id, 1);
    expect((await approve(order.id, 2)).userErrors[0].code).toBe('INVALID_TRANSITION');
    const sent = await send(order.id, 2);
    expect(sent.purchaseOrder).toMatchObject({ status: 'SENT', version: 3 });
    const repeated = await send(order.id, 2);
    expect(repeated).toMatchObject({ userErrors: [], purchaseOrder: { status: 'SENT', version: 3 } });
    expect((await close(order.id, 3)).userErrors[0].code).toBe('INVALID_TRANSITION');
    expect((await t.gql(SendPurchaseOrderDocument, { input: { id: order.id, expectedVersion: 3 } }, 'QA_MANAGER')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await orderRow(order.id)).toEqual({ status: 'SENT', version: 3 });
  });

  it.each([
    ['DRAFT', 0],
    ['APPROVED', 1],
    ['SENT', 2],
  ])('cancels a %s order with a reason, and nothing leaves CANCELLED', async (_status, steps) => {
    const order = await create([line('10')]);
    if (steps >= 1) await approve(order.id, 1);
    if (steps >= 2) await send(order.id, 2);
    const version = 1 + steps;
    expect((await cancel(order.id, version, ' ')).userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'reason'] });
    const cancelled = await cancel(order.id, version);
    expect(cancelled.purchaseOrder).toMatchObject({ status: 'CANCELLED', statusReason: 'Demand dropped', version: version + 1 });
    expect((await approve(order.id, version + 1)).userErrors[0].code).toBe('INVALID_TRANSITION');
    expect((await send(order.id, version + 1)).userErrors[0].code).toBe('INVALID_TRANSITION');
    expect((await close(order.id, version + 1)).userErrors[0].code).toBe('INVALID_TRANSITION');
    expect(await orderRow(order.id)).toEqual({ status: 'CANCELLED', version: version + 1 });
  });

  it('closes a partially received order, but does not cancel it, and nothing leaves CLOSED', async () => {
    const order = await sentOrder([line('100')]);
    expect((await receive(receipt(order.lines![0].id, '40', 'PUR-CL-1'))).userErrors).toEqual([]);
    expect(await orderRow(order.id)).toEqual({ status: 'PARTIALLY_RECEIVED', version: 4 });
    expect((await cancel(order.id, 4)).userErrors[0].code).toBe('INVALID_TRANSITION');
    const closed = await close(order.id, 4);
    expect(closed.purchaseOrder).toMatchObject({ status: 'CLOSED', statusReason: 'Rest will not be delivered', version: 5 });
    expect((await send(order.id, 5)).userErrors[0].code).toBe('INVALID_TRANSITION');
    const late = await receive(receipt(order.lines![0].id, '10', 'PUR-CL-2'));
    expect(late.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'purchaseOrderLineId'] });
  });

  it('publishes every status change to subscribers who may read the order, and only to them', async () => {
    const other = await createSupplier(t, 'PUR-OTHER-SUB', 'APPROVED');
    const base = t.subscriberCount;
    const query = 'subscription { orderStatusChanged(filter: { orderKinds: [PURCHASE] }) { orderKind orderId orderNumber previousStatus status reason } }';
    const own = subscribe<{ orderStatusChanged: { orderId: string; previousStatus: string | null; status: string } }>(
      t.ws({ authorization: `Bearer ${t.token({ roles: ['SUPPLIER'], supplierId })}` }),
      query,
    );
    const stranger = subscribe(t.ws({ authorization: `Bearer ${t.token({ roles: ['SUPPLIER'], supplierId: other.id })}` }), query);
    await t.subscribers(base + 2);
    const order = await sentOrder([line('5')]);
    await cancel(order.id, 3, 'Supplier cannot deliver');
    const ofOrder = (received: { orderStatusChanged: { orderId: string } }[]) => received.filter((e) => e.orderStatusChanged.orderId === order.id);
    const events = ofOrder(await own.waitUntil((received) => ofOrder(received).length >= 4)) as typeof own.events;
    expect(events.map((e) => [e.orderStatusChanged.previousStatus, e.orderStatusChanged.status])).toEqual([
      [null, 'DRAFT'],
      ['DRAFT', 'APPROVED'],
      ['APPROVED', 'SENT'],
      ['SENT', 'CANCELLED'],
    ]);
    expect(events[3].orderStatusChanged).toMatchObject({ orderKind: 'PURCHASE', orderNumber: order.orderNumber, reason: 'Supplier cannot deliver' });
    expect(stranger.events).toEqual([]);
  });
});

describe('receiving against a purchase order line', () => {
  it('receives within the tolerance, opens the incoming inspection and moves the order to RECEIVED', async () => {
    const order = await sentOrder([line('100'), line('20')]);
    const [first, second] = order.lines!;
    const partial = await receive(receipt(first.id, '60', 'PUR-R-1'));
    expect(partial.lot).toMatchObject({ status: 'UNDER_TEST', quantity: '60', purchaseOrderLineId: first.id });
    const inspections = (await t.ok(LimsInspectionsDocument, { first: 10, filter: { lotIds: [partial.lot!.id] } }, 'QA_INSPECTOR')).inspections!.edges;
    expect(inspections.map((e) => [e.node.status, e.node.plan?.type])).toEqual([['IN_PROGRESS', 'INCOMING']]);
    expect(await orderRow(order.id)).toEqual({ status: 'PARTIALLY_RECEIVED', version: 4 });
    await receive(receipt(first.id, '50', 'PUR-R-2')); // 110 = 100 + 10 %
    expect(await orderRow(order.id)).toMatchObject({ status: 'PARTIALLY_RECEIVED' });
    await receive(receipt(second.id, '20', 'PUR-R-3'));
    const [node] = (await t.ok(PurchaseOrdersDocument, { filter: { orderNumber: order.orderNumber } }, 'WAREHOUSE')).purchaseOrders!.edges;
    expect(node.node).toMatchObject({ status: 'RECEIVED', lines: [{ receivedQuantity: '110' }, { receivedQuantity: '20' }] });
  });

  it("names as inspector of the receipt's inspection whoever records its first reading, not the receiver, and keeps them from releasing the lot", async () => {
    const order = await sentOrder([line('10')]);
    const received = await receive(receipt(order.lines![0].id, '10', 'PUR-I-1'));
    const lot = received.lot!;
    const inspectionOf = async () => (await t.ok(InspectionsDocument, { filter: { lotIds: [lot.id] }, first: 5 }, 'QA_MANAGER')).inspections!.edges.map((e) => e.node);
    expect(await inspectionOf()).toEqual([expect.objectContaining({ status: 'IN_PROGRESS', inspectorName: null, completedBy: null, readings: [] })]);
    const [{ id: inspectionId }] = await inspectionOf();
    const recorder = await signerUser(t, 'u-po-recorder', ['QA_MANAGER']);
    const releaser = await signerUser(t, 'u-po-releaser', ['QA_MANAGER']);
    const readings = [1, 2].flatMap((n) => [
      { characteristicId: setup.diameter, sampleNo: n, value: '2.35', equipmentId: setup.gauge },
      { characteristicId: setup.visual, sampleNo: n, accepted: true },
    ]);
    expect((await t.ok(RecordInspectionResultsDocument, { input: { inspectionId, readings } }, recorder)).recordInspectionResults.userErrors).toEqual([]);
    expect((await t.ok(CompleteInspectionDocument, { input: { inspectionId } }, recorder)).completeInspection.inspection).toMatchObject({
      verdict: 'PASS',
      inspectorName: 'Signer u-po-recorder',
      completedBy: 'Signer u-po-recorder',
    });
    const record = (await t.ok(DeviceHistoryRecordDocument, { lotId: lot.id }, 'QA_MANAGER')).deviceHistoryRecord!;
    expect(record.inspections).toEqual([expect.objectContaining({ id: inspectionId, inspectorName: 'Signer u-po-recorder', completedBy: 'Signer u-po-recorder' })]);
    expect(record.inspections[0].readings.map((r) => r.recordedBy)).toEqual(Array(4).fill('Signer u-po-recorder'));

    const sign = { password: SIGNING_PASSWORD, meaning: 'RELEASED' as const, reason: 'Incoming inspection passed' };
    const own = await t.ok(ReleaseLotDocument, { input: { id: lot.id, expectedVersion: lot.version, reason: 'r', signature: sign } }, recorder);
    expect(own.releaseLot.userErrors[0]).toMatchObject({
      code: 'FORBIDDEN',
      message: `The releaser inspected lot ${lot.lotNumber}: was the inspector of, recorded readings of and completed inspection ${inspectionId} (separation of duties)`,
    });
    const ok = await t.ok(ReleaseLotDocument, { input: { id: lot.id, expectedVersion: lot.version, reason: 'r', signature: sign } }, releaser);
    expect(ok.releaseLot.lot?.status).toBe('RELEASED');
  });

  it('refuses an over-receipt beyond the tolerance with a clear error, writing nothing', async () => {
    const order = await sentOrder([line('100')]);
    const lineId = order.lines![0].id;
    await receive(receipt(lineId, '60', 'PUR-O-1'));
    const [lots, audits, version] = [await count('lot'), await count('audit_entry'), (await orderRow(order.id)).version];
    const over = await receive(receipt(lineId, '50.000001', 'PUR-O-2'));
    expect(over).toMatchObject({ lot: null, userErrors: [{ code: 'OVER_RECEIPT', field: ['input', 'quantity'] }] });
    expect(over.userErrors[0].message).toBe(`Receiving 50.000001 exceeds line 1 of ${order.orderNumber}: 100 ordered, 60 received, at most 50 more (over-delivery tolerance 10%)`);
    expect([await count('lot'), await count('audit_entry'), (await orderRow(order.id)).version]).toEqual([lots, audits, version]);
    expect((await t.sql<{ r: string }>('SELECT received_quantity::text AS r FROM purchase_order_line WHERE id = $1', [lineId]))[0].r).toBe('60.000000');
  });

  it('refuses lines of unsent orders, other materials and other suppliers', async () => {
    const draft = await create([line('10')]);
    expect((await receive(receipt(draft.lines![0].id, '1', 'PUR-X-1'))).userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'purchaseOrderLineId'] });
    const otherSupplier = await createSupplier(t, 'PUR-OTHER-REC', 'APPROVED');
    await approveSource(t, materialId, otherSupplier.id);
    const foreign = await sentOrder([line('10')], otherSupplier.id);
    expect((await receive(receipt(foreign.lines![0].id, '1', 'PUR-X-2'))).userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/another supplier/) });
    const otherMaterial = await createMaterial(t, 'PUR-OTHER-MAT');
    await approveSource(t, otherMaterial.id, supplierId);
    const wrong = await sentOrder([line('10', '1', otherMaterial.id)]);
    expect((await receive(receipt(wrong.lines![0].id, '1', 'PUR-X-3'))).userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/another material/) });
  });

  it('does not over-receive under concurrent receipts against the same line', async () => {
    const order = await sentOrder([line('100')]);
    const lineId = order.lines![0].id;
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => receive(receipt(lineId, '30', `PUR-C-${i}`))));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(3);
    expect(results.filter((r) => r.userErrors[0]?.code === 'OVER_RECEIPT')).toHaveLength(2);
    const [row] = await t.sql<{ r: string; lots: number }>(
      'SELECT l.received_quantity::text AS r, (SELECT count(*)::int FROM lot WHERE purchase_order_line_id = l.id) AS lots FROM purchase_order_line l WHERE l.id = $1',
      [lineId],
    );
    expect(row).toEqual({ r: '90.000000', lots: 3 });
    expect(await orderRow(order.id)).toEqual({ status: 'PARTIALLY_RECEIVED', version: 6 });
  });

  it('completes the order when its last lines are received at the same moment', async () => {
    const second = (await receivingSetup(t, 'PUR2')).material;
    await approveSource(t, second.id, supplierId);
    const order = await sentOrder([line('10'), line('10', '1', second.id)]);
    const [a, b] = order.lines!;
    const results = await Promise.all([receive(receipt(a.id, '10', 'PUR-P-1')), receive(receipt(b.id, '10', 'PUR-P-2', { materialId: second.id }))]);
    expect(results.map((r) => r.userErrors)).toEqual([[], []]);
    expect(await orderRow(order.id)).toEqual({ status: 'RECEIVED', version: 5 });
  });
});

describe('reading purchase orders', () => {
  it('pages by keyset, loads lines without one statement per order, and resolves nodes', async () => {
    for (let i = 0; i < 3; i++) await create([line('1'), line('2')], buyer);
    const small = await t.gql(PurchaseOrdersDocument, { first: 2 }, 'PURCHASING');
    const large = await t.gql(PurchaseOrdersDocument, { first: 10 }, 'PURCHASING');
    expect(large.data?.purchaseOrders?.edges.length).toBe(10);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    const next = await t.ok(PurchaseOrdersDocument, { first: 2, after: small.data?.purchaseOrders?.pageInfo.endCursor }, 'PURCHASING');
    const ids = [...small.data!.purchaseOrders!.edges, ...next.purchaseOrders!.edges].map((e) => e.node.id);
    expect(ids).toEqual(large.data!.purchaseOrders!.edges.slice(0, 4).map((e) => e.node.id));
    const first = small.data!.purchaseOrders!.edges[0].node;
    expect((await t.ok(PurchaseOrderNodeDocument, { id: first.id }, 'AUDITOR')).node).toMatchObject({ id: first.id, orderNumber: first.orderNumber });
    expect((await t.ok(PurchaseOrderNodeDocument, { id: first.lines![0].id }, 'AUDITOR')).node).toMatchObject({ orderId: first.id });
  });

  it('masks prices for BI_READER: null with FORBIDDEN at the path, the rest served', async () => {
    const order = await create([line('3', '9.99')]);
    const res = await t.gql(PurchaseOrdersDocument, { filter: { orderNumber: order.orderNumber } }, 'BI_READER');
    const node = res.data?.purchaseOrders?.edges[0].node;
    expect(node).toMatchObject({ orderNumber: order.orderNumber, totalAmount: null, lines: [{ quantity: '3', unitPrice: null }] });
    expect(res.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([
      ['FORBIDDEN', 'purchaseOrders.edges.0.node.totalAmount'],
      ['FORBIDDEN', 'purchaseOrders.edges.0.node.lines.0.unitPrice'],
    ]);
  });

  it('shows a SUPPLIER only its own orders and lines', async () => {
    const other = await createSupplier(t, 'PUR-OTHER-READ', 'APPROVED');
    await approveSource(t, materialId, other.id);
    const theirs = await create([line('1')], buyer, other.id);
    const mine = await create([line('1')]);
    const asOther: Caller = { roles: ['SUPPLIER'], supplierId: other.id };
    const listed = await t.ok(PurchaseOrdersDocument, { first: 100 }, asOther);
    expect(listed.purchaseOrders!.edges.map((e) => e.node.id)).toEqual([theirs.id]);
    expect(listed.purchaseOrders!.totalCount).toBe(1);
    expect((await t.ok(PurchaseOrderNodeDocument, { id: mine.id }, asOther)).node).toBeNull();
    expect((await t.ok(PurchaseOrderNodeDocument, { id: mine.lines![0].id }, asOther)).node).toBeNull();
    expect((await t.ok(PurchaseOrderNodeDocument, { id: theirs.lines![0].id }, asOther)).node).toMatchObject({ orderId: theirs.id });
  });
});
