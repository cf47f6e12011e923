import { createTestServer, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { productsOf } from '../support/genealogy-fixtures';
import { qualityTeam, signed, stepped } from '../support/lot-steps';
import {
  CompleteInspectionDocument,
  DispositionNonconformanceDocument,
  NonconformancesDocument,
  RecordCalibrationDocument,
  RecordInspectionResultsDocument,
  RegisterEquipmentDocument,
  ReviewNonconformanceDocument,
  StartInspectionDocument,
} from '../generated/graphql';

/**
 * ISO 13485 7.6: a failed calibration puts in doubt every measurement since the last pass. A lot
 * released under a concession (CONDITIONAL_RELEASE) is as usable as a released one, so it is
 * held as well, whether it was measured itself or made from a measured lot.
 */
let t: TestServer;
let q: Awaited<ReturnType<typeof qualityTeam>>;
let products: Awaited<ReturnType<typeof productsOf>>;

beforeAll(async () => {
  t = await createTestServer();
  q = await qualityTeam(t, 'CLB');
  products = await productsOf(t, q, 'CLB');
});
afterAll(async () => {
  await t?.close();
});

async function calibrate(equipmentId: string, result: 'PASS' | 'FAIL', performedOn = daysFromToday(0)) {
  const res = await t.ok(RecordCalibrationDocument, { input: { equipmentId, performedOn, performedBy: 'Lab', referenceStandard: 'GB-7', asFound: 'ok', asLeft: 'ok', result } }, 'MAINTENANCE');
  expect(res.recordCalibration.userErrors).toEqual([]);
}

/** A micrometer that passed its calibration yesterday. */
async function micrometer(assetTag: string) {
  const eq = await t.ok(RegisterEquipmentDocument, { input: { assetTag, name: 'Micrometer', type: 'MEASURING_INSTRUMENT', siteId: q.siteId, calibrationIntervalDays: 90 } }, 'MAINTENANCE');
  const id = eq.registerEquipment.equipment!.id;
  await calibrate(id, 'PASS', daysFromToday(-1));
  return id;
}

/** A received lot whose INCOMING inspection measured the diameters with `equipmentId`; returns the lot and any nonconformance. */
async function measuredLot(label: string, equipmentId: string, diameters: [string, string]) {
  const lot = await q.lot(label);
  const started = await t.ok(StartInspectionDocument, { input: { lotId: lot.id, type: 'INCOMING' } }, 'QA_INSPECTOR');
  const inspectionId = started.startInspection.inspection!.id;
  const readings = diameters.flatMap((value, i) => [
    { characteristicId: q.diameter, sampleNo: i + 1, value, equipmentId },
    { characteristicId: q.visual, sampleNo: i + 1, accepted: true },
  ]);
  expect((await t.ok(RecordInspectionResultsDocument, { input: { inspectionId, readings } }, 'QA_INSPECTOR')).recordInspectionResults.userErrors).toEqual([]);
  const done = await t.ok(CompleteInspectionDocument, { input: { inspectionId } }, 'QA_INSPECTOR');
  return { lot, nonconformance: done.completeInspection.nonconformance };
}

/** Accepts the nonconformance's lots as they are under a concession until next month: they become CONDITIONAL_RELEASE. */
async function useAsIs(nonconformanceId: string) {
  await t.ok(ReviewNonconformanceDocument, { input: { id: nonconformanceId, expectedVersion: 1, summary: 'Deviation assessed, no risk to function' } }, q.qa);
  const res = await t.ok(
    DispositionNonconformanceDocument,
    {
      input: { id: nonconformanceId, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'Cosmetic only', concession: { validUntil: daysFromToday(30) }, signature: signed('APPROVED') },
    },
    q.qa2,
  );
  expect(res.dispositionNonconformance.userErrors).toEqual([]);
}

const statusOf = async (ids: string[]) => Object.fromEntries((await t.sql<{ id: string; status: string }>('SELECT id, status FROM lot WHERE id = ANY($1)', [ids])).map((r) => [r.id, r.status]));

async function calibrationNonconformanceOf(equipmentId: string) {
  const ncs = await t.ok(NonconformancesDocument, { filter: { sources: ['CALIBRATION'] } }, 'QA_MANAGER');
  return ncs.nonconformances!.edges.map((e) => e.node).filter((n) => n.equipmentId === equipmentId);
}

describe('a failed calibration and conditionally released lots', () => {
  it('holds a conditionally released lot measured since the last pass, and lists it on the nonconformance', async () => {
    const gauge = await micrometer('CLB-MIC-A');
    const { lot, nonconformance } = await measuredLot('CLB-COND', gauge, ['2.35', '2.45']);
    await useAsIs(nonconformance!.id);
    expect(await statusOf([lot.id])).toEqual({ [lot.id]: 'CONDITIONAL_RELEASE' });
    await calibrate(gauge, 'FAIL');
    expect(await statusOf([lot.id])).toEqual({ [lot.id]: 'ON_HOLD' });
    expect(await calibrationNonconformanceOf(gauge)).toEqual([expect.objectContaining({ lotIds: [lot.id] })]);
  });

  it('holds a conditionally released lot made from a lot measured since the last pass', async () => {
    const gauge = await micrometer('CLB-MIC-B');
    const { lot: measured } = await measuredLot('CLB-MEASURED', gauge, ['2.35', '2.35']);
    await stepped(q.steps.release(measured.id, 2));
    const made = await products.madeFrom(products.sub, [measured.id]);
    await stepped(q.steps.reject(made.id, await stepped(q.steps.startTesting(made.id, 1))));
    const [rejection] = (await t.ok(NonconformancesDocument, { filter: { lotIds: [made.id] } }, 'QA_MANAGER')).nonconformances!.edges;
    await useAsIs(rejection.node.id);
    expect(await statusOf([made.id])).toEqual({ [made.id]: 'CONDITIONAL_RELEASE' });
    await calibrate(gauge, 'FAIL');
    expect(await statusOf([measured.id, made.id])).toEqual({ [measured.id]: 'ON_HOLD', [made.id]: 'ON_HOLD' });
    expect(await calibrationNonconformanceOf(gauge)).toEqual([expect.objectContaining({ lotIds: [measured.id] })]);
  });
});
