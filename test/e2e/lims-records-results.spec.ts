import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { inspectionSetup } from '../support/quality-fixtures';
import {
  ApprovePurchaseOrderDocument,
  CreateInspectionPlanDocument,
  LimsCompleteInspectionDocument,
  CreatePurchaseOrderDocument,
  LimsCharacteristicNodeDocument,
  LimsInspectionsDocument,
  LimsInstrumentsDocument,
  LimsLotDocument,
  LimsRecordResultsDocument,
  ReceiveAgainstOrderDocument,
  SendPurchaseOrderDocument,
  StartInspectionDocument,
  type LimsCharacteristicFragment,
  type ReadingInput,
} from '../generated/graphql';

/**
 * A LIMS records inspection results as a real client would: it knows a received lot by the
 * material code and lot number on its label, and reads everything else (the lot, its open
 * inspection, the plan's characteristics, an instrument in calibration) through the API. No
 * test step here reads the database.
 */
let t: TestServer;
let setup: Awaited<ReturnType<typeof inspectionSetup>>;
/** The label of a lot received against a purchase order, which opened its incoming inspection. */
let label: { materialCode: string; lotNumber: string };

const lims: Caller = { roles: ['INTEGRATION'], sub: 'svc-lims', name: 'LIMS LabWare' };
const buyer: Caller = { roles: ['PURCHASING'], sub: 'lims-buyer', name: 'Buyer Bai' };
const approver: Caller = { roles: ['PURCHASING'], sub: 'lims-approver', name: 'Approver An' };

beforeAll(async () => {
  t = await createTestServer();
  setup = await inspectionSetup(t, 'LIMS');
  const created = await t.ok(
    CreatePurchaseOrderDocument,
    {
      input: { supplierId: setup.supplier.id, currency: 'EUR', lines: [{ materialId: setup.material.id, quantity: '100', unitPrice: '1.20', dueOn: daysFromToday(7) }] },
    },
    buyer,
  );
  expect(created.createPurchaseOrder.userErrors).toEqual([]);
  const order = created.createPurchaseOrder.purchaseOrder!;
  const approved = await t.ok(ApprovePurchaseOrderDocument, { input: { id: order.id, expectedVersion: order.version } }, approver);
  expect(approved.approvePurchaseOrder.userErrors).toEqual([]);
  const sent = await t.ok(SendPurchaseOrderDocument, { input: { id: order.id, expectedVersion: approved.approvePurchaseOrder.purchaseOrder!.version } }, buyer);
  expect(sent.sendPurchaseOrder.userErrors).toEqual([]);
  const received = await t.ok(
    ReceiveAgainstOrderDocument,
    {
      input: { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: 'SUP-7781', quantity: '100', locationId: setup.locationId, purchaseOrderLineId: order.lines![0].id },
    },
    'WAREHOUSE',
  );
  expect(received.receiveLot.userErrors).toEqual([]);
  label = { materialCode: setup.material.code, lotNumber: received.receiveLot.lot!.lotNumber };
}, 60_000);
afterAll(async () => {
  await t?.close();
});

/** One reading per characteristic and sample, conforming: the nominal (or mid-range) value, or accepted. */
function conformingReadings(characteristics: LimsCharacteristicFragment[], instrumentId: string): ReadingInput[] {
  return characteristics.flatMap((c) =>
    Array.from({ length: c.sampleCount }, (_, i) => {
      const sampleNo = i + 1;
      if (c.kind === 'QUALITATIVE') return { characteristicId: c.id, sampleNo, accepted: true };
      return { characteristicId: c.id, sampleNo, value: c.nominal ?? c.lowerLimit!, equipmentId: c.requiresCalibratedInstrument ? instrumentId : null };
    }),
  );
}

describe('a LIMS recording inspection results', () => {
  it('finds the inspection, reads its characteristics, records results and completes it with ids read only through the API', async () => {
    const lot = (await t.ok(LimsLotDocument, label, lims)).lotByNumber!;
    expect(lot.status).toBe('UNDER_TEST');

    const found = await t.ok(LimsInspectionsDocument, { first: 10, filter: { lotIds: [lot.id] } }, lims);
    const open = found.inspections!.edges.map((e) => e.node).filter((i) => i.status === 'IN_PROGRESS');
    expect(open).toHaveLength(1);
    const inspection = open[0];
    expect(inspection).toMatchObject({ lotId: lot.id, inspectorName: null, readings: [], plan: { type: 'INCOMING', planVersion: 1, sampleSize: 2 } });
    const characteristics = inspection.plan!.characteristics!;
    expect(characteristics).toEqual([
      {
        id: expect.stringMatching(/^ich_/),
        planId: inspection.plan!.id,
        seq: 1,
        name: 'Outer diameter',
        kind: 'QUANTITATIVE',
        unit: 'mm',
        nominal: '2.35',
        lowerLimit: '2.3',
        upperLimit: '2.4',
        sampleCount: 2,
        requiresCalibratedInstrument: true,
      },
      {
        id: expect.stringMatching(/^ich_/),
        planId: inspection.plan!.id,
        seq: 2,
        name: 'Visual',
        kind: 'QUALITATIVE',
        unit: null,
        nominal: null,
        lowerLimit: null,
        upperLimit: null,
        sampleCount: 2,
        requiresCalibratedInstrument: false,
      },
    ]);

    const instruments = await t.ok(LimsInstrumentsDocument, { siteIds: [lot.siteId] }, lims);
    const micrometer = instruments.equipment!.edges.map((e) => e.node).find((e) => e.assetTag === 'LIMS-MIC' && e.inCalibration);
    expect(micrometer).toBeDefined();

    const readings = conformingReadings(characteristics, micrometer!.id);
    const recorded = await t.ok(LimsRecordResultsDocument, { input: { inspectionId: inspection.id, readings, idempotencyKey: `lims-${inspection.id}-1` } }, lims);
    expect(recorded.recordInspectionResults.userErrors).toEqual([]);
    expect(recorded.recordInspectionResults.readings).toHaveLength(4);
    // Whoever records the first reading of an inspection opened by a receipt becomes its inspector.
    expect(recorded.recordInspectionResults.inspection).toEqual({ id: inspection.id, inspectorName: 'LIMS LabWare' });

    const done = await t.ok(LimsCompleteInspectionDocument, { input: { inspectionId: inspection.id } }, lims);
    expect(done.completeInspection.userErrors).toEqual([]);
    expect(done.completeInspection.inspection).toMatchObject({ id: inspection.id, status: 'COMPLETED', verdict: 'PASS', completedBy: 'LIMS LabWare' });

    const after = await t.ok(LimsInspectionsDocument, { first: 10, filter: { lotIds: [lot.id] } }, lims);
    const stored = after.inspections!.edges[0].node;
    expect(stored).toMatchObject({ id: inspection.id, status: 'COMPLETED', verdict: 'PASS' });
    expect(stored.readings).toEqual([
      { characteristicId: characteristics[0].id, sampleNo: 1, value: '2.35', accepted: null, equipmentId: micrometer!.id },
      { characteristicId: characteristics[0].id, sampleNo: 2, value: '2.35', accepted: null, equipmentId: micrometer!.id },
      { characteristicId: characteristics[1].id, sampleNo: 1, value: null, accepted: true, equipmentId: null },
      { characteristicId: characteristics[1].id, sampleNo: 2, value: null, accepted: true, equipmentId: null },
    ]);
  });

  it('refetches a characteristic it keeps by id through node', async () => {
    const plan = await t.ok(LimsInspectionsDocument, { first: 1 }, lims);
    const [first] = plan.inspections!.edges[0].node.plan!.characteristics!;
    const res = await t.ok(LimsCharacteristicNodeDocument, { id: first.id }, lims);
    expect(res.node).toEqual(first);
    // A caller who may not read inspection plans gets null, as for any record it may not read.
    const hidden = await t.gql(LimsCharacteristicNodeDocument, { id: first.id }, { roles: ['SUPPLIER'], supplierId: setup.supplier.id });
    expect(hidden).toMatchObject({ data: { node: null } });
    expect(hidden.errors).toBeUndefined();
  });

  it('shows a SUPPLIER its inspections but not the plan, with FORBIDDEN at that field only', async () => {
    const lot = (await t.ok(LimsLotDocument, label, 'ADMIN')).lotByNumber!;
    const res = await t.gql(LimsInspectionsDocument, { first: 10, filter: { lotIds: [lot.id] } }, { roles: ['SUPPLIER'], supplierId: setup.supplier.id });
    expect(res.data?.inspections?.edges).toHaveLength(1);
    expect(res.data?.inspections?.edges[0].node).toMatchObject({ lotId: lot.id, status: 'COMPLETED', verdict: 'PASS', plan: null });
    expect(res.data?.inspections?.edges[0].node.readings).toHaveLength(4);
    expect(res.errors).toEqual([expect.objectContaining({ path: ['inspections', 'edges', 0, 'node', 'plan'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });

  it('costs the same number of SQL statements for 8 inspections under 4 plan versions as for 1', async () => {
    const lotIds: string[] = [];
    for (let version = 0; version < 4; version++) {
      const plan = await t.ok(
        CreateInspectionPlanDocument,
        {
          input: {
            materialId: setup.material.id,
            type: 'FINAL',
            sampleSize: 3 + version,
            reason: `Drawing rev ${version}`,
            characteristics: Array.from({ length: 2 + version }, (_, i) => ({ name: `Check ${i + 1}`, kind: 'QUALITATIVE' as const })),
          },
        },
        'QA_MANAGER',
      );
      expect(plan.createInspectionPlan.userErrors).toEqual([]);
      for (let n = 0; n < 2; n++) {
        const lot = await setup.lot(`LIMS-N-${version}-${n}`);
        const started = await t.ok(StartInspectionDocument, { input: { lotId: lot.id, type: 'FINAL' } }, 'QA_INSPECTOR');
        expect(started.startInspection.userErrors).toEqual([]);
        lotIds.push(lot.id);
      }
    }
    const small = await t.gql(LimsInspectionsDocument, { first: 1, filter: { lotIds } }, lims);
    const large = await t.gql(LimsInspectionsDocument, { first: 8, filter: { lotIds } }, lims);
    expect(large.errors).toBeUndefined();
    const plans = large.data!.inspections!.edges.map((e) => e.node.plan!);
    expect(new Set(plans.map((p) => p.id)).size).toBe(4);
    expect(plans.map((p) => p.characteristics!.length).sort()).toEqual([2, 2, 3, 3, 4, 4, 5, 5]);
    expect(plans.every((p) => p.characteristics!.every((c) => c.sampleCount === p.sampleSize))).toBe(true);
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });
});
