import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { createMaterial, daysFromToday } from '../support/fixtures';
import { receive, receivingSetup, signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import {
  CompleteInspectionDocument,
  ConsumeLotDocument,
  CreateBomDocument,
  CreateInspectionPlanDocument,
  CreateWorkOrderDocument,
  InspectionsDocument,
  NonconformancesDocument,
  ProduceLotDocument,
  RecordCalibrationDocument,
  RecordInspectionResultsDocument,
  RegisterEquipmentDocument,
  ReleaseLotDocument,
  ReleaseLotHoldDocument,
  ReleaseWorkOrderDocument,
  SetMaterialStatusDocument,
  StartInspectionDocument,
  StartLotTestingDocument,
} from '../generated/graphql';

let t: TestServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
let gauge: string;
let diameter: string;
let visual: string;

const lot = (label: string) => receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: label, quantity: '50', locationId: setup.locationId });

async function calibrate(equipmentId: string, result: 'PASS' | 'FAIL', performedOn = daysFromToday(0)) {
  const res = await t.ok(RecordCalibrationDocument, { input: { equipmentId, performedOn, performedBy: 'Lab', referenceStandard: 'GB-7', asFound: 'ok', asLeft: 'ok', result } }, 'MAINTENANCE');
  expect(res.recordCalibration.userErrors).toEqual([]);
}

async function inspect(lotId: string, values: string[], equipmentId = gauge) {
  const started = await t.ok(StartInspectionDocument, { input: { lotId, type: 'INCOMING' } }, 'QA_INSPECTOR');
  expect(started.startInspection.userErrors).toEqual([]);
  const id = started.startInspection.inspection!.id;
  const readings = values.flatMap((value, i) => [
    { characteristicId: diameter, sampleNo: i + 1, value, equipmentId },
    { characteristicId: visual, sampleNo: i + 1, accepted: true },
  ]);
  const recorded = await t.ok(RecordInspectionResultsDocument, { input: { inspectionId: id, readings } }, 'QA_INSPECTOR');
  return { id, recorded };
}

beforeAll(async () => {
  t = await createTestServer();
  setup = await receivingSetup(t, 'INSP');
  const plan = await t.ok(
    CreateInspectionPlanDocument,
    {
      input: {
        materialId: setup.material.id,
        type: 'INCOMING',
        sampleSize: 2,
        reason: 'Drawing rev C',
        characteristics: [
          { name: 'Outer diameter', kind: 'QUANTITATIVE', nominal: '2.35', lowerLimit: '2.30', upperLimit: '2.40', unit: 'mm' },
          { name: 'Visual', kind: 'QUALITATIVE' },
        ],
      },
    },
    'QA_MANAGER',
  );
  expect(plan.createInspectionPlan.inspectionPlan).toMatchObject({ planVersion: 1, status: 'ACTIVE' });
  [diameter, visual] = plan.createInspectionPlan.inspectionPlan!.characteristics!.map((c) => c.id);
  const eq = await t.ok(
    RegisterEquipmentDocument,
    { input: { assetTag: 'MIC-1', name: 'Micrometer', type: 'MEASURING_INSTRUMENT', siteId: setup.siteId, calibrationIntervalDays: 90 } },
    'MAINTENANCE',
  );
  gauge = eq.registerEquipment.equipment!.id;
});
afterAll(async () => {
  await t?.close();
});

describe('inspections', () => {
  it('refuse readings with equipment that is not in calibration, and quantitative readings without equipment', async () => {
    const l = await lot('I-UNCAL');
    const { recorded } = await inspect(l.id, ['2.35', '2.36']);
    expect(recorded.recordInspectionResults.userErrors[0]).toMatchObject({ code: 'EQUIPMENT_NOT_CALIBRATED', field: ['input', 'readings', '0', 'equipmentId'] });
    await calibrate(gauge, 'PASS', daysFromToday(-10));
    const started = (await t.ok(InspectionsDocument, { filter: { lotIds: [l.id] } }, 'QA_INSPECTOR')).inspections!.edges.map((e) => e.node);
    expect(started).toHaveLength(1);
    const noEquipment = await t.ok(RecordInspectionResultsDocument, { input: { inspectionId: started[0].id, readings: [{ characteristicId: diameter, sampleNo: 1, value: '2.35' }] } }, 'QA_INSPECTOR');
    expect(noEquipment.recordInspectionResults.userErrors[0].field).toEqual(['input', 'readings', '0', 'equipmentId']);
    const flood = Array.from({ length: 5 }, () => ({ characteristicId: visual, sampleNo: 1, accepted: true }));
    const tooMany = await t.ok(RecordInspectionResultsDocument, { input: { inspectionId: started[0].id, readings: flood } }, 'QA_INSPECTOR');
    expect(tooMany.recordInspectionResults.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'readings'], message: expect.stringContaining('at most 4 readings') });
  });

  it('put the lot UNDER_TEST, compute a PASS from the readings, and leave release to a QA signature', async () => {
    const l = await lot('I-PASS');
    const { id, recorded } = await inspect(l.id, ['2.30', '2.40']);
    expect(recorded.recordInspectionResults.userErrors).toEqual([]);
    const [{ status }] = await t.sql<{ status: string }>('SELECT status FROM lot WHERE id = $1', [l.id]);
    expect(status).toBe('UNDER_TEST');
    const done = await t.ok(CompleteInspectionDocument, { input: { inspectionId: id } }, 'QA_INSPECTOR');
    expect(done.completeInspection).toMatchObject({ inspection: { status: 'COMPLETED', verdict: 'PASS' }, nonconformance: null });
    const qa = await signerUser(t, 'u-qa-insp', ['QA_MANAGER']);
    const rel = await t.ok(
      ReleaseLotDocument,
      { input: { id: l.id, expectedVersion: 2, reason: 'Inspection passed', signature: { password: SIGNING_PASSWORD, meaning: 'RELEASED', reason: 'ok' } } },
      qa,
    );
    expect(rel.releaseLot.lot?.status).toBe('RELEASED');
  });

  it('replay the first response of readings sent again with the same idempotency key', async () => {
    const l = await lot('I-REPLAY');
    const started = await t.ok(StartInspectionDocument, { input: { lotId: l.id, type: 'INCOMING' } }, 'QA_INSPECTOR');
    const input = {
      inspectionId: started.startInspection.inspection!.id,
      idempotencyKey: 'lims-run-7',
      readings: [
        { characteristicId: visual, sampleNo: 1, accepted: true },
        { characteristicId: visual, sampleNo: 2, accepted: true },
      ],
    };
    const first = await t.ok(RecordInspectionResultsDocument, { input }, 'QA_INSPECTOR');
    const again = await t.ok(RecordInspectionResultsDocument, { input }, 'QA_INSPECTOR');
    expect(first.recordInspectionResults.readings!.map((r) => r.id)).toHaveLength(2);
    expect(again.recordInspectionResults).toEqual(first.recordInspectionResults);
  });

  it('refuse completing before every sample is read', async () => {
    const l = await lot('I-INCOMPLETE');
    const started = await t.ok(StartInspectionDocument, { input: { lotId: l.id, type: 'INCOMING' } }, 'QA_INSPECTOR');
    const res = await t.ok(CompleteInspectionDocument, { input: { inspectionId: started.startInspection.inspection!.id } }, 'QA_INSPECTOR');
    expect(res.completeInspection.userErrors[0].message).toMatch(/Readings missing/);
  });

  it('on FAIL reject the lot and open a nonconformance, in one transaction', async () => {
    const l = await lot('I-FAIL');
    const base = t.subscriberCount;
    const completed = subscribe<{ inspectionCompleted: { verdict: string; lotId: string } }>(
      t.ws({ authorization: `Bearer ${t.token('QA_MANAGER')}` }),
      'subscription($f: InspectionCompletedFilter) { inspectionCompleted(filter: $f) { verdict lotId } }',
      { f: { lotIds: [l.id] } },
    );
    await t.subscribers(base + 1);
    const { id } = await inspect(l.id, ['2.35', '2.41']);
    const done = await t.ok(CompleteInspectionDocument, { input: { inspectionId: id } }, 'QA_INSPECTOR');
    expect(done.completeInspection).toMatchObject({ inspection: { verdict: 'FAIL' }, nonconformance: { source: 'INSPECTION', status: 'OPEN', lotIds: [l.id] } });
    const [{ status }] = await t.sql<{ status: string }>('SELECT status FROM lot WHERE id = $1', [l.id]);
    expect(status).toBe('REJECTED');
    expect(await t.sql(`SELECT 1 FROM outbox_event WHERE event_type = 'AlertRaised' AND payload->>'alertType' = 'INSPECTION_FAILED' AND payload->'details'->>'lotId' = $1`, [l.id])).toHaveLength(1);
    await completed.waitFor(1);
    expect(completed.events).toEqual([{ inspectionCompleted: { verdict: 'FAIL', lotId: l.id } }]);
  });
});

describe('the release rule', () => {
  const sign = { password: SIGNING_PASSWORD, meaning: 'RELEASED' as const, reason: 'Batch record reviewed' };

  it('needs the required inspection passed, and a releaser who did not inspect the lot', async () => {
    await calibrate(gauge, 'PASS');
    const qa = await signerUser(t, 'u-qa-rule', ['QA_MANAGER']);
    const both = await signerUser(t, 'u-insp-qa', ['QA_MANAGER', 'QA_INSPECTOR']);
    const l = await lot('R-NOINSP');
    const started = await t.ok(StartInspectionDocument, { input: { lotId: l.id, type: 'INCOMING' } }, both);
    const early = await t.ok(ReleaseLotDocument, { input: { id: l.id, expectedVersion: 2, reason: 'r', signature: sign } }, qa);
    expect(early.releaseLot.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('INCOMING inspection') });
    await t.ok(
      RecordInspectionResultsDocument,
      {
        input: {
          inspectionId: started.startInspection.inspection!.id,
          readings: [1, 2].flatMap((n) => [
            { characteristicId: diameter, sampleNo: n, value: '2.35', equipmentId: gauge },
            { characteristicId: visual, sampleNo: n, accepted: true },
          ]),
        },
      },
      both,
    );
    await t.ok(CompleteInspectionDocument, { input: { inspectionId: started.startInspection.inspection!.id } }, both);
    const own = await t.ok(ReleaseLotDocument, { input: { id: l.id, expectedVersion: 2, reason: 'r', signature: sign } }, both);
    expect(own.releaseLot.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('inspected') });
    const ok = await t.ok(ReleaseLotDocument, { input: { id: l.id, expectedVersion: 2, reason: 'r', signature: sign } }, qa);
    expect(ok.releaseLot.lot?.status).toBe('RELEASED');
  });
});

describe('separation of duties at release', () => {
  const sign = { password: SIGNING_PASSWORD, meaning: 'RELEASED' as const, reason: 'Batch record reviewed' };
  const release = (lotId: string, as: Caller) => t.ok(ReleaseLotDocument, { input: { id: lotId, expectedVersion: 2, reason: 'Inspection passed', signature: sign } }, as);
  const readingsOf = () =>
    [1, 2].flatMap((n) => [
      { characteristicId: diameter, sampleNo: n, value: '2.35', equipmentId: gauge },
      { characteristicId: visual, sampleNo: n, accepted: true },
    ]);
  /** Lot status and version, its signatures, and the whole audit trail's length: what a refused release must leave alone. */
  const footprint = async (lotId: string) => [
    await t.sql('SELECT status, version FROM lot WHERE id = $1', [lotId]),
    (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM electronic_signature WHERE record_type = 'Lot' AND record_id = $1`, [lotId]))[0].n,
    (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry'))[0].n,
  ];

  it('refuses a releaser who recorded readings or completed an inspection someone else started, and lets a third QA release', async () => {
    await calibrate(gauge, 'PASS');
    const reader = await signerUser(t, 'u-qa-reader', ['QA_MANAGER']);
    const completer = await signerUser(t, 'u-qa-completer', ['QA_MANAGER']);
    const third = await signerUser(t, 'u-qa-third', ['QA_MANAGER']);
    const l = await lot('SOD-1');
    const started = await t.ok(StartInspectionDocument, { input: { lotId: l.id, type: 'INCOMING' } }, 'QA_INSPECTOR');
    const inspectionId = started.startInspection.inspection!.id;
    expect((await t.ok(RecordInspectionResultsDocument, { input: { inspectionId, readings: readingsOf() } }, reader)).recordInspectionResults.userErrors).toEqual([]);
    const done = await t.ok(CompleteInspectionDocument, { input: { inspectionId } }, completer);
    expect(done.completeInspection.inspection).toMatchObject({ verdict: 'PASS', inspectorName: 'Test QA_INSPECTOR', completedBy: 'Signer u-qa-completer' });

    const before = await footprint(l.id);
    const byReader = await release(l.id, reader);
    expect(byReader.releaseLot).toMatchObject({ lot: null, userErrors: [{ code: 'FORBIDDEN', field: ['input', 'signature'] }] });
    expect(byReader.releaseLot.userErrors[0].message).toBe(`The releaser inspected lot ${l.lotNumber}: recorded readings of inspection ${inspectionId} (separation of duties)`);
    const byCompleter = await release(l.id, completer);
    expect(byCompleter.releaseLot.userErrors[0]).toMatchObject({
      code: 'FORBIDDEN',
      message: `The releaser inspected lot ${l.lotNumber}: completed inspection ${inspectionId} (separation of duties)`,
    });
    expect(await footprint(l.id)).toEqual(before);

    const ok = await release(l.id, third);
    expect(ok.releaseLot.userErrors).toEqual([]);
    expect(ok.releaseLot.lot?.status).toBe('RELEASED');
  });

  it('refuses release while a re-inspection of the lot is in progress', async () => {
    const qa = await signerUser(t, 'u-qa-retest', ['QA_MANAGER']);
    const l = await lot('SOD-RETEST');
    const { id } = await inspect(l.id, ['2.35', '2.35']);
    expect((await t.ok(CompleteInspectionDocument, { input: { inspectionId: id } }, 'QA_INSPECTOR')).completeInspection.inspection?.verdict).toBe('PASS');
    const retest = await t.ok(StartInspectionDocument, { input: { lotId: l.id, type: 'INCOMING' } }, 'QA_INSPECTOR');
    const retestId = retest.startInspection.inspection!.id;
    const before = await footprint(l.id);
    const refused = await release(l.id, qa);
    expect(refused.releaseLot.userErrors).toEqual([{ code: 'VALIDATION_FAILED', field: ['input', 'id'], message: `INCOMING inspection ${retestId} of lot ${l.lotNumber} is still in progress` }]);
    expect(await footprint(l.id)).toEqual(before);
    await t.ok(RecordInspectionResultsDocument, { input: { inspectionId: retestId, readings: readingsOf() } }, 'QA_INSPECTOR');
    await t.ok(CompleteInspectionDocument, { input: { inspectionId: retestId } }, 'QA_INSPECTOR');
    expect((await release(l.id, qa)).releaseLot.lot?.status).toBe('RELEASED');
  });

  it("lists an inspection's readings with who recorded them, and a SUPPLIER only those of its own lots", async () => {
    const reader = await signerUser(t, 'u-qa-lister', ['QA_MANAGER']);
    const l = await lot('SOD-READINGS');
    const started = await t.ok(StartInspectionDocument, { input: { lotId: l.id, type: 'INCOMING' } }, 'QA_INSPECTOR');
    await t.ok(RecordInspectionResultsDocument, { input: { inspectionId: started.startInspection.inspection!.id, readings: readingsOf() } }, reader);
    const [node] = (await t.ok(InspectionsDocument, { filter: { lotIds: [l.id] }, first: 10 }, 'QA_MANAGER')).inspections!.edges.map((e) => e.node);
    expect(node).toMatchObject({ status: 'IN_PROGRESS', inspectorName: 'Test QA_INSPECTOR', completedBy: null });
    expect(node.readings.map((r) => [r.characteristicId, r.sampleNo, r.recordedBy])).toEqual([
      [diameter, 1, 'Signer u-qa-lister'],
      [diameter, 2, 'Signer u-qa-lister'],
      [visual, 1, 'Signer u-qa-lister'],
      [visual, 2, 'Signer u-qa-lister'],
    ]);
    const own = await t.ok(InspectionsDocument, { filter: { lotIds: [l.id] }, first: 10 }, { roles: ['SUPPLIER'], supplierId: setup.supplier.id });
    expect(own.inspections!.edges[0].node.readings).toHaveLength(4);
    const stranger = await t.ok(InspectionsDocument, { filter: { lotIds: [l.id] }, first: 10 }, { roles: ['SUPPLIER'], supplierId: 'sup_other' });
    expect(stranger.inspections!.edges).toEqual([]);
    const readingId = own.inspections!.edges[0].node.readings[0].id;
    const asNode = async (caller: Caller) =>
      (await t.gql<{ node: { __typename: string; recordedBy: string } | null }, unknown>(`{ node(id: "${readingId}") { __typename ... on InspectionReading { recordedBy } } }`, {}, caller)).data?.node;
    expect(await asNode({ roles: ['SUPPLIER'], supplierId: setup.supplier.id })).toEqual({ __typename: 'InspectionReading', recordedBy: 'Signer u-qa-lister' });
    expect(await asNode({ roles: ['SUPPLIER'], supplierId: 'sup_other' })).toBeNull();
  });

  it('loads the readings of a whole page of inspections in one statement', async () => {
    const count = async (first: number) => (await t.gql(InspectionsDocument, { first }, 'QA_MANAGER')).extensions?.sqlStatements;
    const [one, many] = [await count(1), await count(20)];
    expect((await t.ok(InspectionsDocument, { first: 20 }, 'QA_MANAGER')).inspections!.edges.length).toBeGreaterThan(5);
    expect(many).toBe(one);
  });
});

/** A released lot of a new assembly made (one work order) from `quantity` of the component lot `componentLotId`. */
async function releasedAssemblyFrom(componentLotId: string, quantity: string, qa: Awaited<ReturnType<typeof signerUser>>) {
  const assy = await createMaterial(t, 'ASSY', { shelfLifeDays: 365, lotNumberPattern: 'ASSY-{SEQ:3}' });
  await t.ok(SetMaterialStatusDocument, { input: { id: assy.id, expectedVersion: 1, status: 'ACTIVE', reason: 'Released design' } }, 'QA_MANAGER');
  const bom = await t.ok(
    CreateBomDocument,
    { input: { productMaterialId: assy.id, revision: 'A', reason: 'NPI', lines: [{ componentMaterialId: setup.material.id, quantityPer: '1' }] } },
    'QA_MANAGER',
  );
  const wo = await t.ok(CreateWorkOrderDocument, { input: { number: 'WO-LOOKBACK', bomId: bom.createBom.bom!.id, siteId: setup.siteId, quantity } }, 'PRODUCTION');
  const workOrderId = wo.createWorkOrder.workOrder!.id;
  await t.ok(ReleaseWorkOrderDocument, { input: { id: workOrderId, expectedVersion: 1, reason: 'Scheduled' } }, 'PRODUCTION');
  const consumed = await t.ok(ConsumeLotDocument, { input: { workOrderId, lotId: componentLotId, fromLocationId: setup.locationId, quantity } }, 'PRODUCTION');
  expect(consumed.consumeLot.userErrors).toEqual([]);
  const produced = await t.ok(ProduceLotDocument, { input: { workOrderId, quantity, locationId: setup.locationId } }, 'PRODUCTION');
  expect(produced.produceLot.userErrors).toEqual([]);
  const made = produced.produceLot.lot!;
  await t.ok(StartLotTestingDocument, { input: { id: made.id, expectedVersion: 1, reason: 'Final inspection' } }, 'QA_INSPECTOR');
  const released = await t.ok(
    ReleaseLotDocument,
    { input: { id: made.id, expectedVersion: 2, reason: 'ok', signature: { password: SIGNING_PASSWORD, meaning: 'RELEASED', reason: 'Batch reviewed' } } },
    qa,
  );
  expect(released.releaseLot.userErrors).toEqual([]);
  return made.id;
}

describe('calibration failure lookback', () => {
  it('holds released lots measured since the last passing calibration and the lots made from them, lists the measured ones on a nonconformance, and leaves earlier ones alone', async () => {
    const eq = await t.ok(
      RegisterEquipmentDocument,
      { input: { assetTag: 'MIC-2', name: 'Micrometer 2', type: 'MEASURING_INSTRUMENT', siteId: setup.siteId, calibrationIntervalDays: 90 } },
      'MAINTENANCE',
    );
    const mic2 = eq.registerEquipment.equipment!.id;
    await calibrate(mic2, 'PASS', daysFromToday(-30));
    const qa = await signerUser(t, 'u-qa-cal', ['QA_MANAGER']);
    const measured = async (label: string) => {
      const l = await lot(label);
      const { id } = await inspect(l.id, ['2.35', '2.35'], mic2);
      await t.ok(CompleteInspectionDocument, { input: { inspectionId: id } }, 'QA_INSPECTOR');
      await t.ok(ReleaseLotDocument, { input: { id: l.id, expectedVersion: 2, reason: 'ok', signature: { password: SIGNING_PASSWORD, meaning: 'RELEASED', reason: 'ok' } } }, qa);
      return l.id;
    };
    const before = await measured('CAL-BEFORE');
    // That lot was measured before the last good calibration: its readings move back in time.
    await t.sql(`UPDATE inspection_reading SET recorded_at = now() - interval '20 days' WHERE inspection_id IN (SELECT id FROM inspection WHERE lot_id = $1)`, [before]);
    await calibrate(mic2, 'PASS', daysFromToday(-10));
    const after = await measured('CAL-AFTER');
    const made = await releasedAssemblyFrom(after, '5', qa);
    await calibrate(mic2, 'FAIL');
    const statuses = await t.sql<{ id: string; status: string }>('SELECT id, status FROM lot WHERE id = ANY($1)', [[before, after, made]]);
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [before]: 'RELEASED', [after]: 'ON_HOLD', [made]: 'ON_HOLD' });
    // The hold of the downstream lot is audited like any other, with its cause.
    const [audit] = await t.sql<{ reason: string }>(`SELECT reason FROM audit_entry WHERE entity_type = 'Lot' AND entity_id = $1 AND action = 'STATUS_CHANGE' ORDER BY seq DESC LIMIT 1`, [made]);
    expect(audit.reason).toMatch(/Calibration of MIC-2 failed.*\(propagated from lot /);
    const ncs = await t.ok(NonconformancesDocument, { filter: { sources: ['CALIBRATION'] } }, 'QA_MANAGER');
    expect(ncs.nonconformances!.edges.map((e) => e.node)).toEqual([expect.objectContaining({ lotIds: [after], equipmentId: mic2 })]);
    const held = await t.ok(ReleaseLotHoldDocument, { input: { id: after, expectedVersion: 4, reason: 'r', signature: { password: SIGNING_PASSWORD, meaning: 'RELEASED', reason: 'ok' } } }, qa);
    expect(held.releaseLotHold.userErrors[0].message).toMatch(/Nonconformance nc_\w+ on lot .* is still open/);
  });
});
