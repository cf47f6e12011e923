import { createMongoAbility } from '@casl/ability';
import pino from 'pino';
import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { pdfContent, pdfText } from '../support/pdf-text';
import { createMaterial, daysFromToday } from '../support/fixtures';
import { receive, receivingSetup, signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import { RequestContext } from '../../src/core/context';
import type { AppAbility } from '../../src/core/authz/rule-builder';
import { UserErrorsException } from '../../src/core/graphql/user-error';
import { deviceHistoryRecord } from '../../src/modules/records/device-history-record.service';
import {
  CompleteInspectionDocument,
  ConsumeLotDocument,
  CreateBomDocument,
  CreateInspectionPlanDocument,
  CreateWorkOrderDocument,
  DeviceHistoryRecordDocument,
  MoveStockDocument,
  ProduceLotDocument,
  RecordCalibrationDocument,
  RecordInspectionResultsDocument,
  RegisterEquipmentDocument,
  ReleaseLotDocument,
  ReleaseWorkOrderDocument,
  SetMaterialStatusDocument,
  StartInspectionDocument,
  StartLotTestingDocument,
  CreateCustomerDocument,
  AddCustomerAddressDocument,
  CreateSalesOrderDocument,
  ConfirmSalesOrderDocument,
  AllocateSalesOrderDocument,
  ShipSalesOrderDocument,
  UpdateSiteDocument,
  UpdateMaterialDocument,
  ReviewNonconformanceDocument,
  DispositionNonconformanceDocument,
} from '../generated/graphql';

const GTIN = '04012345678901';
const COMPANY = '苏州示例医疗器械有限公司';
const FIN_NAME = '一次性使用中心静脉导管包（双腔，聚氨酯）';
const anna: Caller = { roles: ['PRODUCTION'], sub: 'op-anna', name: 'Anna Operator' };
const bo: Caller = { roles: ['PRODUCTION'], sub: 'op-bo', name: 'Bo Operator' };
const li: Caller = { roles: ['QA_INSPECTOR'], sub: 'insp-li', name: 'Li Inspector' };
const sign = { password: SIGNING_PASSWORD, meaning: 'RELEASED' as const, reason: 'Batch record reviewed' };

let t: TestServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
let qa: Caller;
let finId: string;
let bomId: string;
let gauge: string;
let c1: string;
let rawA: { id: string; lotNumber: string };
let rawB: { id: string; lotNumber: string };
let made: { id: string; lotNumber: string };
let woCount = 0;

async function calibrate(performedOn: string): Promise<string> {
  const res = await t.ok(
    RecordCalibrationDocument,
    { input: { equipmentId: gauge, performedOn, performedBy: 'Lab', referenceStandard: 'GB-7', asFound: 'ok', asLeft: 'ok', result: 'PASS' } },
    'MAINTENANCE',
  );
  expect(res.recordCalibration.userErrors).toEqual([]);
  return res.recordCalibration.calibrationRecord!.id;
}

async function plan(sampleSize: number): Promise<{ diameter: string; visual: string }> {
  const res = await t.ok(
    CreateInspectionPlanDocument,
    {
      input: {
        materialId: finId,
        type: 'FINAL',
        sampleSize,
        reason: 'Drawing rev D',
        characteristics: [
          { name: 'Outer diameter', kind: 'QUANTITATIVE', nominal: '2.35', lowerLimit: '2.30', upperLimit: '2.40', unit: 'mm' },
          { name: 'Visual', kind: 'QUALITATIVE' },
        ],
      },
    },
    'QA_MANAGER',
  );
  expect(res.createInspectionPlan.userErrors).toEqual([]);
  const [diameter, visual] = res.createInspectionPlan.inspectionPlan!.characteristics!;
  return { diameter: diameter.id, visual: visual.id };
}

async function inspect(lotId: string, chars: { diameter: string; visual: string }, samples: number): Promise<void> {
  const started = await t.ok(StartInspectionDocument, { input: { lotId, type: 'FINAL' } }, li);
  const inspectionId = started.startInspection.inspection!.id;
  const readings = Array.from({ length: samples }, (_, i) => [
    { characteristicId: chars.diameter, sampleNo: i + 1, value: i === 0 ? '2.31' : '2.35', equipmentId: gauge },
    { characteristicId: chars.visual, sampleNo: i + 1, accepted: true },
  ]).flat();
  expect((await t.ok(RecordInspectionResultsDocument, { input: { inspectionId, readings } }, li)).recordInspectionResults.userErrors).toEqual([]);
  expect((await t.ok(CompleteInspectionDocument, { input: { inspectionId } }, li)).completeInspection.inspection?.verdict).toBe('PASS');
}

let incomingLength: string | undefined;

/** A received lot of 20 that failed its incoming inspection: REJECTED, with the nonconformance that opened. */
async function failedIncomingLot(label: string): Promise<{ id: string; nonconformanceId: string }> {
  if (!incomingLength) {
    const incoming = await t.ok(
      CreateInspectionPlanDocument,
      {
        input: {
          materialId: setup.material.id,
          type: 'INCOMING',
          sampleSize: 1,
          reason: 'Supplier audit',
          characteristics: [{ name: 'Length', kind: 'QUANTITATIVE', lowerLimit: '9', upperLimit: '11', unit: 'mm' }],
        },
      },
      'QA_MANAGER',
    );
    [{ id: incomingLength }] = incoming.createInspectionPlan.inspectionPlan!.characteristics!;
  }
  const lot = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: label, quantity: '20', locationId: setup.locationId });
  const started = await t.ok(StartInspectionDocument, { input: { lotId: lot.id, type: 'INCOMING' } }, li);
  const inspectionId = started.startInspection.inspection!.id;
  await t.ok(RecordInspectionResultsDocument, { input: { inspectionId, readings: [{ characteristicId: incomingLength, sampleNo: 1, value: '12', equipmentId: gauge }] } }, li);
  await t.ok(CompleteInspectionDocument, { input: { inspectionId } }, li);
  const [nc] = (await record(lot.id)).nonconformances;
  return { id: lot.id, nonconformanceId: nc.id };
}

async function releasedRawLot(label: string) {
  const lot = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: label, quantity: '100', locationId: setup.locationId });
  await t.ok(StartLotTestingDocument, { input: { id: lot.id, expectedVersion: 1, reason: 'Certificate check' } }, 'QA_INSPECTOR');
  const rel = await t.ok(ReleaseLotDocument, { input: { id: lot.id, expectedVersion: 2, reason: 'CoC ok', signature: sign } }, qa);
  expect(rel.releaseLot.userErrors).toEqual([]);
  return lot;
}

/** A work order that consumes the given lots (each by its own operator) and produces one lot. */
async function produceFrom(consumptions: { lotId: string; quantity: string; by: Caller }[], quantity: string) {
  const wo = await t.ok(CreateWorkOrderDocument, { input: { number: `WO-DHR-${++woCount}`, bomId, siteId: setup.siteId, quantity } }, 'PRODUCTION');
  const woId = wo.createWorkOrder.workOrder!.id;
  await t.ok(ReleaseWorkOrderDocument, { input: { id: woId, expectedVersion: 1, reason: 'Scheduled' } }, 'PRODUCTION');
  for (const c of consumptions) {
    const res = await t.ok(ConsumeLotDocument, { input: { workOrderId: woId, lotId: c.lotId, fromLocationId: setup.locationId, quantity: c.quantity } }, c.by);
    expect(res.consumeLot.userErrors).toEqual([]);
  }
  const produced = await t.ok(ProduceLotDocument, { input: { workOrderId: woId, quantity, locationId: setup.locationId } }, anna);
  expect(produced.produceLot.userErrors).toEqual([]);
  return { ...produced.produceLot.lot!, workOrderNumber: `WO-DHR-${woCount}` };
}

const record = async (lotId: string, as: Caller | 'QA_MANAGER' = 'QA_MANAGER') => (await t.ok(DeviceHistoryRecordDocument, { lotId }, as)).deviceHistoryRecord!;

function batchRecordPdf(lotId: string, authorization?: string): Promise<Response> {
  return fetch(t.url.replace(/\/graphql$/, `/records/lots/${encodeURIComponent(lotId)}/batch-record`), { headers: authorization ? { authorization } : {} });
}

beforeAll(async () => {
  t = await createTestServer({ COMPANY_NAME: COMPANY });
  setup = await receivingSetup(t, 'DHRRAW');
  const zone = await t.ok(UpdateSiteDocument, { input: { id: setup.siteId, expectedVersion: 1, timezone: 'Asia/Shanghai', reason: 'Plant in Suzhou' } }, 'ADMIN');
  expect(zone.updateSite.userErrors).toEqual([]);
  qa = await signerUser(t, 'u-dhr-qa', ['QA_MANAGER']);
  const fin = await createMaterial(t, 'DHRFIN', { name: FIN_NAME, shelfLifeDays: 365, gtin: GTIN, lotNumberPattern: 'DHRFIN-{SEQ:3}', type: 'FINISHED_DEVICE' });
  await t.ok(SetMaterialStatusDocument, { input: { id: fin.id, expectedVersion: 1, status: 'ACTIVE', reason: 'Design transfer' } }, 'QA_MANAGER');
  finId = fin.id;
  const bom = await t.ok(
    CreateBomDocument,
    { input: { productMaterialId: finId, revision: 'C7', reason: 'NPI', lines: [{ componentMaterialId: setup.material.id, quantityPer: '2' }] } },
    'QA_MANAGER',
  );
  bomId = bom.createBom.bom!.id;
  const eq = await t.ok(
    RegisterEquipmentDocument,
    { input: { assetTag: 'DHR-MIC-1', name: 'Micrometer', type: 'MEASURING_INSTRUMENT', siteId: setup.siteId, calibrationIntervalDays: 90 } },
    'MAINTENANCE',
  );
  gauge = eq.registerEquipment.equipment!.id;
  c1 = await calibrate(daysFromToday(-5));

  rawA = await releasedRawLot('SUP-A');
  rawB = await releasedRawLot('SUP-B');
  made = await produceFrom(
    [
      { lotId: rawA.id, quantity: '4', by: anna },
      { lotId: rawB.id, quantity: '6', by: bo },
    ],
    '5',
  );
  await inspect(made.id, await plan(2), 2);
  const sample = await t.ok(MoveStockDocument, { input: { lotId: made.id, type: 'SAMPLE', fromLocationId: setup.locationId, quantity: '1', reason: 'Retained sample' } }, 'WAREHOUSE');
  expect(sample.moveStock.userErrors).toEqual([]);
  const rel = await t.ok(ReleaseLotDocument, { input: { id: made.id, expectedVersion: 2, reason: 'Batch record reviewed', signature: sign } }, qa);
  expect(rel.releaseLot.userErrors).toEqual([]);
  await shipOne(finId);
  // A design change after the lot was made: the record keeps the revision it was made to.
  const revised = await t.ok(UpdateMaterialDocument, { input: { id: finId, expectedVersion: 2, revision: 'B', reason: 'ECO-12: new hub' } }, 'QA_MANAGER');
  expect(revised.updateMaterial.userErrors).toEqual([]);
});

/** Ships one unit of the product through a real sales order (FEFO picks the only released lot). */
async function shipOne(materialId: string): Promise<void> {
  const customer = await t.ok(CreateCustomerDocument, { input: { code: 'DHR-HOSP', name: 'City Hospital', country: 'CN' } }, 'SALES');
  const customerId = customer.createCustomer.customer!.id;
  const address = await t.ok(AddCustomerAddressDocument, { input: { customerId, label: 'Main', consigneeName: 'Receiving', line1: '1 Road', city: 'Suzhou', country: 'CN' } }, 'SALES');
  const so = await t.ok(
    CreateSalesOrderDocument,
    {
      input: { orderNumber: 'DHR-SO-1', customerId, shipToAddressId: address.addCustomerAddress.address!.id, currency: 'CNY', lines: [{ materialId, quantity: '1', unitPrice: '10' }] },
    },
    'SALES',
  );
  const id = so.createSalesOrder.salesOrder!.id;
  await t.ok(ConfirmSalesOrderDocument, { input: { id, expectedVersion: 1 } }, 'SALES');
  const allocated = await t.ok(AllocateSalesOrderDocument, { input: { id, expectedVersion: 2 } }, 'WAREHOUSE');
  expect(allocated.allocateSalesOrder.userErrors).toEqual([]);
  const shipped = await t.ok(ShipSalesOrderDocument, { input: { id, expectedVersion: 3 } }, 'WAREHOUSE');
  expect(shipped.shipSalesOrder.userErrors).toEqual([]);
}
afterAll(async () => {
  await t?.close();
});

describe('deviceHistoryRecord', () => {
  it('identifies a produced lot with its UDI, work order, and quantity made versus released', async () => {
    const r = await record(made.id);
    expect(r.lot).toMatchObject({
      id: made.id,
      lotNumber: made.lotNumber,
      materialCode: 'DHRFIN',
      status: 'RELEASED',
      origin: 'WORK_ORDER',
      supplierCode: null,
      workOrderNumber: 'WO-DHR-1',
      releasedBy: 'Signer u-dhr-qa',
      createdBy: 'Anna Operator',
      manufacturedOn: daysFromToday(0),
    });
    const yymmdd = (d: string | null) => d!.slice(2).replace(/-/g, '');
    expect(r.lot.udi).toBe(`(01)${GTIN}(11)${yymmdd(r.lot.manufacturedOn)}(17)${yymmdd(r.lot.expiresOn)}(10)${made.lotNumber}`);
    expect(r.quantities).toEqual({
      unit: 'EA',
      made: '5',
      released: '4',
      consumed: '0',
      shipped: '1',
      scrapped: '0',
      sampled: '1',
      returned: '0',
      adjustedIn: '0',
      adjustedOut: '0',
      onHand: '3',
    });
  });

  it('lists the consumed component lots with quantities and the operators who consumed, produced and moved', async () => {
    const r = await record(made.id);
    expect(r.components).toEqual([
      { lotId: rawA.id, lotNumber: rawA.lotNumber, materialCode: 'DHRRAW', quantity: '4', unit: 'EA', consumptions: [{ quantity: '4', substitute: false, consumedBy: 'Anna Operator' }] },
      { lotId: rawB.id, lotNumber: rawB.lotNumber, materialCode: 'DHRRAW', quantity: '6', unit: 'EA', consumptions: [{ quantity: '6', substitute: false, consumedBy: 'Bo Operator' }] },
    ]);
    expect(r.operators).toEqual(
      expect.arrayContaining([
        { name: 'Anna Operator', subject: 'op-anna', activity: 'CONSUMED_COMPONENT', occurrences: 1 },
        { name: 'Bo Operator', subject: 'op-bo', activity: 'CONSUMED_COMPONENT', occurrences: 1 },
        { name: 'Anna Operator', subject: 'op-anna', activity: 'PRODUCED', occurrences: 1 },
        { name: 'Test WAREHOUSE', subject: 'test-warehouse', activity: 'SAMPLED', occurrences: 1 },
        { name: 'Test WAREHOUSE', subject: 'test-warehouse', activity: 'SHIPPED', occurrences: 1 },
      ]),
    );
    expect(r.operators).toHaveLength(5);
  });

  it('shows each inspection with plan version, inspector, verdict, readings and the calibration in effect at each reading', async () => {
    const r = await record(made.id);
    const atUse = { assetTag: 'DHR-MIC-1', calibrationRecordId: c1, calibratedOn: daysFromToday(-5), calibrationResult: 'PASS', calibrationDueOn: daysFromToday(85), inCalibration: true };
    expect(r.inspections).toEqual([expect.objectContaining({ type: 'FINAL', planVersion: 1, status: 'COMPLETED', verdict: 'PASS', inspectorName: 'Li Inspector' })]);
    expect(r.inspections[0].readings).toHaveLength(4);
    expect(r.inspections[0].readings[0]).toEqual({
      characteristic: 'Outer diameter',
      kind: 'QUANTITATIVE',
      sampleNo: 1,
      value: '2.31',
      accepted: null,
      lowerLimit: '2.3',
      upperLimit: '2.4',
      unit: 'mm',
      conforms: true,
      recordedBy: 'Li Inspector',
      equipment: atUse,
    });
    expect(r.inspections[0].readings[2]).toMatchObject({ characteristic: 'Visual', kind: 'QUALITATIVE', accepted: true, conforms: true, equipment: null });
    expect(r.equipment).toEqual([{ equipment: atUse, readings: 2 }]);
  });

  it('carries the release signature with printed name, meaning, reason and record version', async () => {
    const r = await record(made.id);
    expect(r.signatures).toEqual([
      expect.objectContaining({ recordType: 'Lot', recordId: made.id, recordVersion: 3, printedName: 'Signer u-dhr-qa', meaning: 'RELEASED', reason: 'Batch record reviewed' }),
    ]);
    expect(r.nonconformances).toEqual([]);
  });

  it("names the material revision the lot was made to beside the current one, the BOM revision its work order used, and the site's time zone", async () => {
    const r = await record(made.id);
    expect(r.companyName).toBe(COMPANY);
    expect(r.lot).toMatchObject({
      materialName: FIN_NAME,
      materialRevision: 'A',
      materialCurrentRevision: 'B',
      bomId,
      bomRevision: 'C7',
      siteName: 'Plant',
      siteTimeZone: 'Asia/Shanghai',
    });
    const later = await produceFrom([{ lotId: rawB.id, quantity: '2', by: bo }], '1');
    expect((await record(later.id)).lot).toMatchObject({ materialRevision: 'B', materialCurrentRevision: 'B', bomRevision: 'C7' });
    expect((await record(rawA.id)).lot).toMatchObject({ materialRevision: 'A', bomId: null, bomRevision: null });
  });

  it('lists every status change of the lot from the audit trail: from, to, who, when and why', async () => {
    const r = await record(made.id);
    expect(r.statusHistory).toEqual([
      { from: null, to: 'QUARANTINE', action: 'PRODUCE', changedBy: 'Anna Operator', changedById: 'op-anna', reason: null, changedAt: expect.any(String) },
      { from: 'QUARANTINE', to: 'UNDER_TEST', action: 'STATUS_CHANGE', changedBy: 'Li Inspector', changedById: 'insp-li', reason: expect.any(String), changedAt: expect.any(String) },
      { from: 'UNDER_TEST', to: 'RELEASED', action: 'STATUS_CHANGE', changedBy: 'Signer u-dhr-qa', changedById: 'u-dhr-qa', reason: 'Batch record reviewed', changedAt: expect.any(String) },
    ]);
    const times = r.statusHistory.map((s) => Date.parse(s.changedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('records a received lot with its supplier, a failed inspection and the nonconformance it opened', async () => {
    const rejected = await failedIncomingLot('SUP-BAD');
    const r = await record(rejected.id);
    expect(r.lot).toMatchObject({ origin: 'RECEIPT', status: 'REJECTED', supplierLotNumber: 'SUP-BAD', supplierCode: 'DHRRAW-SUP', workOrderNumber: null, udi: null, bomId: null, bomRevision: null });
    expect(r.quantities).toMatchObject({ made: '20', released: null, onHand: '20' });
    expect(r.components).toEqual([]);
    expect(r.operators).toEqual([{ name: 'Test WAREHOUSE', subject: 'test-warehouse', activity: 'RECEIVED', occurrences: 1 }]);
    expect(r.inspections[0]).toMatchObject({ type: 'INCOMING', verdict: 'FAIL', readings: [expect.objectContaining({ value: '12', conforms: false })] });
    expect(r.nonconformances).toEqual([
      expect.objectContaining({
        status: 'OPEN',
        source: 'INSPECTION',
        disposition: null,
        stockWrittenOff: null,
        openedBy: 'Li Inspector',
        description: expect.stringContaining('Length'),
      }),
    ]);
  });
});

describe('a disposition beside the stock ledger', () => {
  let qa2: Caller;
  beforeAll(async () => {
    qa2 = await signerUser(t, 'u-dhr-qa2', ['QA_MANAGER']);
  });

  const pdfOf = async (lotId: string) => pdfText(await (await batchRecordPdf(lotId, `Bearer ${t.token('QA_MANAGER')}`)).arrayBuffer());

  it('shows what a SCRAP disposition wrote off, as the stock ledger records it', async () => {
    const lot = await failedIncomingLot('SUP-SCRAP');
    expect((await t.ok(ReviewNonconformanceDocument, { input: { id: lot.nonconformanceId, expectedVersion: 1, summary: 'Length 12 mm' } }, qa)).reviewNonconformance.userErrors).toEqual([]);
    const scrapped = await t.ok(
      DispositionNonconformanceDocument,
      {
        input: { id: lot.nonconformanceId, expectedVersion: 2, disposition: 'SCRAP', justification: 'Cannot be reworked', signature: { ...sign, meaning: 'APPROVED' } },
      },
      qa2,
    );
    expect(scrapped.dispositionNonconformance.userErrors).toEqual([]);
    const r = await record(lot.id);
    expect(r.lot.status).toBe('SCRAPPED');
    expect(r.quantities).toMatchObject({ made: '20', scrapped: '20', onHand: '0' });
    expect(r.nonconformances).toEqual([expect.objectContaining({ disposition: 'SCRAP', stockWrittenOff: '20' })]);
    const text = await pdfOf(lot.id);
    expect(text).toContain('Stock ledger: 20 EA of this lot scrapped since the disposition; nothing on hand');
    expect(text).not.toContain('NOT WRITTEN OFF');
  });

  it('shows a SCRAP disposition whose stock was never written off as NOT WRITTEN OFF, with the quantity still on hand', async () => {
    const lot = await failedIncomingLot('SUP-UNSCRAPPED');
    // Stands for a disposition that changed the records but not the stock (as one on a recalled lot
    // did): the batch record must show the ledger, not what the disposition meant to do.
    await t.sql(
      `UPDATE nonconformance SET status = 'DISPOSITIONED', disposition = 'SCRAP', disposition_justification = 'Cracked hubs',
      dispositioned_by = 'Signer u-dhr-qa2', dispositioned_at = now() WHERE id = $1`,
      [lot.nonconformanceId],
    );
    await t.sql(`UPDATE lot SET status = 'SCRAPPED' WHERE id = $1`, [lot.id]);
    const r = await record(lot.id);
    expect(r.quantities).toMatchObject({ made: '20', scrapped: '0', onHand: '20' });
    expect(r.nonconformances).toEqual([expect.objectContaining({ disposition: 'SCRAP', stockWrittenOff: '0' })]);
    const text = await pdfOf(lot.id);
    expect(text).toContain('Stock ledger: 0 EA of this lot scrapped since the disposition; 20 EA still on hand: NOT WRITTEN OFF');
    expect(text).toContain('The lot is SCRAPPED, but the stock ledger shows 20 EA still on hand: NOT WRITTEN OFF.');
  });
});

describe('calibration state at each use', () => {
  it('keeps the calibration each reading was taken under, and flags readings taken before any calibration', async () => {
    const c2 = await calibrate(daysFromToday(0));
    const second = await produceFrom([{ lotId: rawA.id, quantity: '2', by: anna }], '1');
    await inspect(second.id, await plan(3), 3);
    expect((await record(second.id)).equipment).toEqual([{ equipment: expect.objectContaining({ calibrationRecordId: c2, calibratedOn: daysFromToday(0), inCalibration: true }), readings: 3 }]);
    expect((await record(made.id)).equipment).toEqual([{ equipment: expect.objectContaining({ calibrationRecordId: c1 }), readings: 2 }]);
    // Time passes backwards for one reading: it now predates every calibration of the gauge.
    await t.sql(
      `UPDATE inspection_reading SET recorded_at = now() - interval '30 days' WHERE sample_no = 1 AND equipment_id = $1
      AND inspection_id IN (SELECT id FROM inspection WHERE lot_id = $2)`,
      [gauge, second.id],
    );
    const shifted = (await record(second.id)).equipment;
    expect(shifted).toEqual(
      expect.arrayContaining([
        { equipment: expect.objectContaining({ calibrationRecordId: null, calibrationResult: null, inCalibration: false }), readings: 1 },
        { equipment: expect.objectContaining({ calibrationRecordId: c2, inCalibration: true }), readings: 2 },
      ]),
    );
  });
});

describe('SQL statements', () => {
  it('stay the same whatever the number of readings, components and signatures', async () => {
    const many = await produceFrom(
      [
        { lotId: rawA.id, quantity: '2', by: anna },
        { lotId: rawB.id, quantity: '2', by: bo },
      ],
      '2',
    );
    await inspect(many.id, await plan(12), 12);
    const count = async (lotId: string) => (await t.gql(DeviceHistoryRecordDocument, { lotId }, 'QA_MANAGER')).extensions?.sqlStatements;
    const counts = [await count(rawA.id), await count(made.id), await count(many.id)];
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    expect((await record(many.id)).inspections[0].readings).toHaveLength(24);
  });
});

describe('authorization', () => {
  it('refuses roles without read on DeviceHistoryRecord, then serves those with it', async () => {
    for (const role of ['WAREHOUSE', 'BI_READER', 'SALES', 'PURCHASING'] as const) {
      const res = await t.gql(DeviceHistoryRecordDocument, { lotId: made.id }, role);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.deviceHistoryRecord ?? null).toBeNull();
    }
    const supplier = await t.gql(DeviceHistoryRecordDocument, { lotId: rawA.id }, { roles: ['SUPPLIER'], supplierId: setup.supplier.id });
    expect(supplier.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const role of ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'AUDITOR'] as const) {
      expect((await t.ok(DeviceHistoryRecordDocument, { lotId: made.id }, role)).deviceHistoryRecord?.lot.lotNumber).toBe(made.lotNumber);
    }
    // PRODUCTION may read the record but not signatures: it gets the record without them.
    const production = await t.gql(DeviceHistoryRecordDocument, { lotId: made.id }, 'PRODUCTION');
    expect(production.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['deviceHistoryRecord.signatures', 'FORBIDDEN']]);
    expect(production.data?.deviceHistoryRecord).toMatchObject({ lot: { lotNumber: made.lotNumber }, signatures: null });
  });

  it('answers NOT_FOUND for an unknown lot', async () => {
    const res = await t.gql(DeviceHistoryRecordDocument, { lotId: 'lot_unknown' }, 'QA_MANAGER');
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("answers NOT_FOUND, like an unknown lot, for a lot outside the caller's row scope", async () => {
    const scoped = (conditions: Record<string, unknown>) => {
      const ability = createMongoAbility([
        { action: 'read', subject: 'DeviceHistoryRecord' },
        { action: 'read', subject: 'Lot', conditions },
      ]) as unknown as AppAbility;
      const principal = { kind: 'user' as const, id: 'scoped', name: 'Scoped', roles: [], siteIds: [] };
      return new RequestContext(t.server.platform, principal, 'req-scoped', pino({ level: 'silent' }), undefined, ability);
    };
    const otherSite = scoped({ siteId: { $in: ['site_elsewhere'] } });
    const ownSupplier = scoped({ supplierId: setup.supplier.id });
    await expect(deviceHistoryRecord(otherSite, made.id)).rejects.toThrow(UserErrorsException);
    await expect(deviceHistoryRecord(otherSite, made.id)).rejects.toMatchObject({ errors: [{ code: 'NOT_FOUND', message: `No lot ${made.id}` }] });
    await expect(deviceHistoryRecord(ownSupplier, made.id)).rejects.toMatchObject({ errors: [{ code: 'NOT_FOUND' }] });
    expect((await deviceHistoryRecord(ownSupplier, rawA.id)).lot.lotNumber).toBe(rawA.lotNumber);
    expect((await deviceHistoryRecord(scoped({ siteId: { $in: [setup.siteId] } }), made.id)).lot.id).toBe(made.id);
  });
});

describe('GET /records/lots/{id}/batch-record', () => {
  it('serves the record as a PDF whose text names the lot, the signers and their meanings', async () => {
    const res = await batchRecordPdf(made.id, `Bearer ${t.token('QA_MANAGER')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="batch-record-${made.lotNumber}.pdf"`);
    const text = await pdfText(await res.arrayBuffer());
    expect(text).toContain(made.lotNumber);
    expect(text).toContain('Signer u-dhr-qa - RELEASED');
    for (const expected of [rawA.lotNumber, rawB.lotNumber, 'Anna Operator', 'Bo Operator', 'Li Inspector', 'DHR-MIC-1', 'IN CALIBRATION', 'Batch record reviewed']) {
      expect(text).toContain(expected);
    }
  });

  it('prints the Chinese material name and company exactly, a header on every page, the revisions, the status history and each time in site time beside UTC', async () => {
    const r = await record(made.id);
    const { text, pages } = await pdfContent(await (await batchRecordPdf(made.id, `Bearer ${t.token('QA_MANAGER')}`)).arrayBuffer());
    expect(text).toContain(`DHRFIN - ${FIN_NAME}`);
    pages.forEach((page, i) => {
      expect(page).toContain(COMPANY);
      expect(page).toContain(`Document BR-DHRFIN-${made.lotNumber} | Lot ${made.lotNumber} | Material DHRFIN rev A | BOM rev C7 | Lot record version 3`);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    // Asia/Shanghai keeps UTC+8 all year: the site's wall clock is UTC plus eight hours.
    const utc = (at: number) => new Date(at).toISOString().replace('T', ' ').slice(0, 19);
    const both = (iso: string) => `${utc(Date.parse(iso))} UTC (local ${utc(Date.parse(iso) + 8 * 3_600_000)} +08:00)`;
    const generated = /Generated (\S+ \S+) UTC \(local (\S+ \S+) \+08:00\) \| Site DHRRAW-SITE, time zone Asia\/Shanghai/.exec(pages[0]);
    expect(generated).not.toBeNull();
    expect(generated![2]).toBe(utc(Date.parse(`${generated![1].replace(' ', 'T')}Z`) + 8 * 3_600_000));
    expect(text).toContain('A (current revision B)');
    expect(text).toMatch(/BOM revision used\s+C7/);
    expect(r.statusHistory).toHaveLength(3);
    for (const change of r.statusHistory) {
      expect(text).toContain(`${change.from ?? '(created)'} → ${change.to}, ${both(change.changedAt)}`);
      expect(text).toContain(`By ${change.changedBy} (${change.changedById}), ${change.action}; reason: ${change.reason ?? '-'}`);
    }
    expect(text).toContain(`Signer u-dhr-qa - RELEASED - ${both(r.signatures![0].signedAt)}`);
  });

  it('answers 401 without or with a bad token, 403 without the permission, 404 for an unknown lot', async () => {
    expect((await batchRecordPdf(made.id)).status).toBe(401);
    expect((await batchRecordPdf(made.id, 'Bearer not.a.jwt')).status).toBe(401);
    expect((await batchRecordPdf(made.id, 'Basic dXNlcjpwYXNz')).status).toBe(401);
    const forbidden = await batchRecordPdf(made.id, `Bearer ${t.token('WAREHOUSE')}`);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })] });
    expect((await batchRecordPdf(made.id, `Bearer ${t.token('BI_READER')}`)).status).toBe(403);
    expect((await batchRecordPdf('lot_unknown', `Bearer ${t.token('AUDITOR')}`)).status).toBe(404);
    expect((await batchRecordPdf(made.id, `Bearer ${t.token('PRODUCTION')}`)).status).toBe(200);
  });

  it('withholds the signatures from a PDF requested by a role that may not read them, and says the copy is incomplete', async () => {
    const full = await t.ok(DeviceHistoryRecordDocument, { lotId: made.id }, 'QA_MANAGER');
    const [signed] = full.deviceHistoryRecord!.signatures!;
    expect(signed).toBeDefined();
    const qaCopy = await pdfText(await (await batchRecordPdf(made.id, `Bearer ${t.token('QA_MANAGER')}`)).arrayBuffer());
    const manifestation = `${signed.recordType}${signed.recordId}version${signed.recordVersion};sha256`;
    expect(qaCopy.replace(/\s+/g, '')).toContain(manifestation);
    const productionCopy = await pdfText(await (await batchRecordPdf(made.id, `Bearer ${t.token('PRODUCTION')}`)).arrayBuffer());
    expect(productionCopy).toMatch(/Withheld/);
    expect(productionCopy.replace(/\s+/g, '')).not.toContain(manifestation);
    expect(productionCopy).not.toMatch(/sha256/);
    expect(productionCopy).not.toContain(`Reason: ${signed.reason}`);
  });
});
