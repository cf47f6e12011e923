import type { Caller, TestServer } from './test-server';
import { daysFromToday } from './fixtures';
import { receive, receivingSetup } from './lot-fixtures';
import {
  CompleteInspectionDocument,
  CreateInspectionPlanDocument,
  RecordCalibrationDocument,
  RecordInspectionResultsDocument,
  RegisterEquipmentDocument,
  StartInspectionDocument,
} from '../generated/graphql';

/**
 * A receivable material with an active INCOMING plan (diameter 2.30–2.40 mm measured with a
 * calibrated micrometer, plus a visual check, two samples), and helpers to receive and inspect lots.
 */
export async function inspectionSetup(t: TestServer, code: string, gtin?: string) {
  const setup = await receivingSetup(t, code, gtin);
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
  if (plan.createInspectionPlan.userErrors.length) throw new Error(JSON.stringify(plan.createInspectionPlan.userErrors));
  // The characteristic ids come back with the plan, in plan order, as any client reads them.
  const [diameter, visual] = plan.createInspectionPlan.inspectionPlan!.characteristics!.map((c) => c.id);
  const eq = await t.ok(
    RegisterEquipmentDocument,
    { input: { assetTag: `${code}-MIC`, name: 'Micrometer', type: 'MEASURING_INSTRUMENT', siteId: setup.siteId, calibrationIntervalDays: 90 } },
    'MAINTENANCE',
  );
  const gauge = eq.registerEquipment.equipment!.id;
  await t.ok(
    RecordCalibrationDocument,
    { input: { equipmentId: gauge, performedOn: daysFromToday(-1), performedBy: 'Lab', referenceStandard: 'GB-7', asFound: 'ok', asLeft: 'ok', result: 'PASS' } },
    'MAINTENANCE',
  );

  const lot = (label: string, quantity = '50', supplierId = setup.supplier.id) =>
    receive(t, { materialId: setup.material.id, supplierId, supplierLotNumber: label, quantity, locationId: setup.locationId });

  /** Starts, reads (one diameter per sample) and completes an INCOMING inspection. */
  const inspect = async (lotId: string, values: [string, string], as: Caller | 'QA_INSPECTOR' = 'QA_INSPECTOR') => {
    const started = await t.ok(StartInspectionDocument, { input: { lotId, type: 'INCOMING' } }, as);
    if (started.startInspection.userErrors.length) throw new Error(JSON.stringify(started.startInspection.userErrors));
    const inspectionId = started.startInspection.inspection!.id;
    const readings = values.flatMap((value, i) => [
      { characteristicId: diameter, sampleNo: i + 1, value, equipmentId: gauge },
      { characteristicId: visual, sampleNo: i + 1, accepted: true },
    ]);
    const recorded = await t.ok(RecordInspectionResultsDocument, { input: { inspectionId, readings } }, as);
    if (recorded.recordInspectionResults.userErrors.length) throw new Error(JSON.stringify(recorded.recordInspectionResults.userErrors));
    const done = await t.ok(CompleteInspectionDocument, { input: { inspectionId } }, as);
    if (done.completeInspection.userErrors.length) throw new Error(JSON.stringify(done.completeInspection.userErrors));
    return done.completeInspection;
  };

  /** A received lot whose inspection failed: REJECTED, with an OPEN nonconformance against its supplier. */
  const failedLot = async (label: string, quantity = '50', as: Caller | 'QA_INSPECTOR' = 'QA_INSPECTOR') => {
    const l = await lot(label, quantity);
    const result = await inspect(l.id, ['2.35', '2.45'], as);
    return { lot: l, nonconformance: result.nonconformance! };
  };

  return { ...setup, gauge, diameter, visual, lot, inspect, failedLot };
}
