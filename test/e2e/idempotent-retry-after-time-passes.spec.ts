import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { createMaterial, daysFromToday } from '../support/fixtures';
import { signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import { inspectionSetup } from '../support/quality-fixtures';
import { moveClockForward, restoreClock } from '../support/clock';
import {
  AddCustomerAddressDocument,
  AdjustStockSignedDocument,
  AllocateSalesOrderDocument,
  ConfirmSalesOrderDocument,
  ConsumeLotDocument,
  CreateBomDocument,
  CreateCustomerDocument,
  CreatePurchaseOrderDocument,
  CreateSalesOrderDocument,
  CreateWorkOrderDocument,
  MoveStockDocument,
  PlaceLotOnHoldDocument,
  ProduceLotDocument,
  ReceiveLotDocument,
  RecordInspectionResultsDocument,
  ReleaseLotDocument,
  ReleaseWorkOrderDocument,
  SetMaterialStatusDocument,
  ShipSalesOrderDocument,
  StartInspectionDocument,
  CompleteInspectionDocument,
  type ErrorCode,
} from '../generated/graphql';

/**
 * Every idempotent mutation whose checks read the clock or the records' state, sent once, then
 * retried under the same key after 100 days: due dates, expiry dates, the gauge's calibration and
 * the signing password have all run out, and the records have moved on (the order shipped, the
 * inspection completed). A retry replays the first answer; only a new key is judged afresh.
 */
const DAYS_LATER = 100;
const GTIN = '04012345678925';

let t: TestServer;
let q: Awaited<ReturnType<typeof inspectionSetup>>;
let qa: Caller;
let countingQa: Caller;

interface Answer {
  id: string | undefined;
  userErrors: { code: ErrorCode }[];
}

interface Retried {
  mutation: string;
  /** Sends the request under `key`. */
  send: (key: string) => Promise<Answer>;
  /** What a new request with the same input is refused with now. */
  refusedAfresh: ErrorCode;
}

const signature = (meaning: 'RELEASED' | 'APPROVED') => ({ password: SIGNING_PASSWORD, meaning, reason: `${meaning} in a retry test` });
const ids: Record<string, string> = {};

/** A received lot expiring tomorrow, inspected and released. */
async function releasedLot(label: string, quantity = '50') {
  const received = await t.ok(
    ReceiveLotDocument,
    { input: { materialId: q.material.id, supplierId: q.supplier.id, supplierLotNumber: label, quantity, locationId: q.locationId, expiresOn: daysFromToday(1) } },
    'WAREHOUSE',
  );
  const lot = received.receiveLot.lot!;
  await q.inspect(lot.id, ['2.35', '2.36']);
  const released = await t.ok(ReleaseLotDocument, { input: { id: lot.id, expectedVersion: 2, reason: 'ok', signature: signature('RELEASED') } }, qa);
  expect(released.releaseLot.userErrors).toEqual([]);
  return lot;
}

async function workOrderWithConsumption() {
  const product = await createMaterial(t, 'RTY-FIN', { shelfLifeDays: 365, lotNumberPattern: 'RTY-FIN-{SEQ:3}' });
  await t.ok(SetMaterialStatusDocument, { input: { id: product.id, expectedVersion: 1, status: 'ACTIVE', reason: 'r' } }, 'QA_MANAGER');
  const bom = await t.ok(
    CreateBomDocument,
    { input: { productMaterialId: product.id, revision: 'A', reason: 'NPI', lines: [{ componentMaterialId: q.material.id, quantityPer: '1' }] } },
    'QA_MANAGER',
  );
  const wo = await t.ok(CreateWorkOrderDocument, { input: { number: 'WO-RTY', bomId: bom.createBom.bom!.id, siteId: q.siteId, quantity: '10' } }, 'PRODUCTION');
  const id = wo.createWorkOrder.workOrder!.id;
  await t.ok(ReleaseWorkOrderDocument, { input: { id, expectedVersion: 1, reason: 'Scheduled' } }, 'PRODUCTION');
  return id;
}

async function allocatedOrder() {
  const c = await t.ok(CreateCustomerDocument, { input: { code: 'RTY-H', name: 'Hospital RTY', country: 'CN' } }, 'SALES');
  const customerId = c.createCustomer.customer!.id;
  const a = await t.ok(
    AddCustomerAddressDocument,
    { input: { customerId, label: 'Main', consigneeName: 'Receiving', line1: '1 Health Rd', city: 'Suzhou', postalCode: '215000', country: 'CN' } },
    'SALES',
  );
  const created = await t.ok(
    CreateSalesOrderDocument,
    {
      input: { orderNumber: 'SO-RTY', customerId, shipToAddressId: a.addCustomerAddress.address!.id, currency: 'CNY', lines: [{ materialId: q.material.id, quantity: '5', unitPrice: '12.50' }] },
    },
    'SALES',
  );
  const so = created.createSalesOrder.salesOrder!;
  expect((await t.ok(ConfirmSalesOrderDocument, { input: { id: so.id, expectedVersion: 1 } }, 'SALES')).confirmSalesOrder.userErrors).toEqual([]);
  expect((await t.ok(AllocateSalesOrderDocument, { input: { id: so.id, expectedVersion: 2 } }, 'WAREHOUSE')).allocateSalesOrder.userErrors).toEqual([]);
  return so.id;
}

const retried: Retried[] = [
  {
    mutation: 'createPurchaseOrder',
    send: async (idempotencyKey) => {
      const res = (
        await t.ok(
          CreatePurchaseOrderDocument,
          {
            input: {
              idempotencyKey,
              supplierId: q.supplier.id,
              currency: 'EUR',
              lines: [{ materialId: q.material.id, quantity: '10', unitPrice: '2.50', dueOn: ids.dueOn }],
            },
          },
          'PURCHASING',
        )
      ).createPurchaseOrder;
      return { id: res.purchaseOrder?.id, userErrors: res.userErrors };
    },
    refusedAfresh: 'VALIDATION_FAILED',
  },
  {
    mutation: 'receiveLot',
    send: async (idempotencyKey) => {
      const res = (
        await t.ok(
          ReceiveLotDocument,
          {
            input: {
              idempotencyKey,
              materialId: q.material.id,
              supplierId: q.supplier.id,
              supplierLotNumber: 'RTY-RECEIVED',
              quantity: '5',
              locationId: q.locationId,
              expiresOn: ids.expiresOn,
            },
          },
          'WAREHOUSE',
        )
      ).receiveLot;
      return { id: res.lot?.id, userErrors: res.userErrors };
    },
    refusedAfresh: 'LOT_EXPIRED',
  },
  {
    mutation: 'moveStock',
    send: async (idempotencyKey) => {
      const res = (await t.ok(MoveStockDocument, { input: { idempotencyKey, lotId: ids.issued, type: 'ISSUE', fromLocationId: q.locationId, quantity: '1', reason: 'To the lab' } }, 'WAREHOUSE'))
        .moveStock;
      return { id: res.movement?.id, userErrors: res.userErrors };
    },
    refusedAfresh: 'LOT_EXPIRED',
  },
  {
    mutation: 'consumeLot',
    send: async (idempotencyKey) => {
      const res = (await t.ok(ConsumeLotDocument, { input: { idempotencyKey, workOrderId: ids.workOrder, lotId: ids.consumed, fromLocationId: q.locationId, quantity: '2' } }, 'PRODUCTION'))
        .consumeLot;
      return { id: res.consumption?.id, userErrors: res.userErrors };
    },
    refusedAfresh: 'LOT_EXPIRED',
  },
  {
    mutation: 'produceLot',
    send: async (idempotencyKey) => {
      const res = (await t.ok(ProduceLotDocument, { input: { idempotencyKey, workOrderId: ids.workOrder, quantity: '2', locationId: q.locationId, expiresOn: ids.expiresOn } }, 'PRODUCTION'))
        .produceLot;
      return { id: res.lot?.id, userErrors: res.userErrors };
    },
    refusedAfresh: 'LOT_EXPIRED',
  },
  {
    mutation: 'recordInspectionResults',
    send: async (idempotencyKey) => {
      const readings = [
        { characteristicId: q.diameter, sampleNo: 1, value: '2.35', equipmentId: q.gauge },
        { characteristicId: q.visual, sampleNo: 1, accepted: true },
      ];
      const res = (await t.ok(RecordInspectionResultsDocument, { input: { idempotencyKey, inspectionId: ids.inspection, readings } }, 'QA_INSPECTOR')).recordInspectionResults;
      return { id: res.readings?.map((r) => r.id).join(','), userErrors: res.userErrors };
    },
    // The gauge's calibration ran out too; the completed inspection is what refuses first.
    refusedAfresh: 'INVALID_TRANSITION',
  },
  {
    mutation: 'shipSalesOrder',
    send: async (idempotencyKey) => {
      const res = (await t.ok(ShipSalesOrderDocument, { input: { idempotencyKey, id: ids.salesOrder, expectedVersion: 3 } }, 'WAREHOUSE')).shipSalesOrder;
      return { id: res.shipment?.id, userErrors: res.userErrors };
    },
    refusedAfresh: 'VERSION_CONFLICT',
  },
  {
    mutation: 'adjustStock (signed)',
    send: async (idempotencyKey) => {
      const res = (
        await t.ok(
          AdjustStockSignedDocument,
          {
            input: {
              idempotencyKey,
              lotId: ids.held,
              locationId: q.locationId,
              countedQuantity: '45',
              reason: 'Cycle count',
              signature: signature('APPROVED'),
            },
          },
          countingQa,
        )
      ).adjustStock;
      return { id: res.movement?.id, userErrors: res.userErrors };
    },
    refusedAfresh: 'SIGNING_PASSWORD_EXPIRED',
  },
];

const firstAnswers = new Map<string, string>();

beforeAll(async () => {
  t = await createTestServer();
  q = await inspectionSetup(t, 'RTY', GTIN);
  qa = await signerUser(t, 'u-rty-qa', ['QA_MANAGER']);
  countingQa = await signerUser(t, 'u-rty-count', ['WAREHOUSE', 'QA_MANAGER']);
  ids.dueOn = daysFromToday(1);
  ids.expiresOn = daysFromToday(1);
  ids.issued = (await releasedLot('RTY-ISSUED')).id;
  ids.consumed = (await releasedLot('RTY-CONSUMED')).id;
  ids.workOrder = await workOrderWithConsumption();
  const inspected = await q.lot('RTY-INSPECTED');
  ids.inspection = (await t.ok(StartInspectionDocument, { input: { lotId: inspected.id, type: 'INCOMING' } }, 'QA_INSPECTOR')).startInspection.inspection!.id;
  await releasedLot('RTY-SHIPPED');
  ids.salesOrder = await allocatedOrder();
  const held = await releasedLot('RTY-HELD');
  expect((await t.ok(PlaceLotOnHoldDocument, { input: { id: held.id, expectedVersion: 3, reason: 'Complaint' } }, 'QA_MANAGER')).placeLotOnHold.userErrors).toEqual([]);
  ids.held = held.id;

  // consumeLot comes before produceLot: production needs a consumption.
  for (const r of retried) {
    const first = await r.send(`first-${r.mutation}`);
    expect({ mutation: r.mutation, userErrors: first.userErrors }).toEqual({ mutation: r.mutation, userErrors: [] });
    firstAnswers.set(r.mutation, first.id!);
  }
  // The records move on: the inspection gets its second sample and is completed (the order has shipped).
  const second = [
    { characteristicId: q.diameter, sampleNo: 2, value: '2.36', equipmentId: q.gauge },
    { characteristicId: q.visual, sampleNo: 2, accepted: true },
  ];
  expect((await t.ok(RecordInspectionResultsDocument, { input: { inspectionId: ids.inspection, readings: second } }, 'QA_INSPECTOR')).recordInspectionResults.userErrors).toEqual([]);
  expect((await t.ok(CompleteInspectionDocument, { input: { inspectionId: ids.inspection } }, 'QA_INSPECTOR')).completeInspection.userErrors).toEqual([]);
  moveClockForward(DAYS_LATER);
});
afterAll(async () => {
  restoreClock();
  await t?.close();
});

describe(`a retry under the same key ${DAYS_LATER} days later`, () => {
  it.each(retried.map((r) => [r.mutation, r] as const))('%s replays the first answer', async (_name, r) => {
    expect(await r.send(`first-${r.mutation}`)).toEqual({ id: firstAnswers.get(r.mutation), userErrors: [] });
  });

  it.each(retried.map((r) => [r.mutation, r] as const))('%s under a new key is judged afresh, and refused', async (_name, r) => {
    const fresh = await r.send(`fresh-${r.mutation}`);
    expect(fresh.userErrors[0]?.code).toBe(r.refusedAfresh);
  });
});
