import { createTestServer, type TestServer } from '../support/test-server';
import { productsOf } from '../support/genealogy-fixtures';
import { lotFootprint, qualityTeam, signed, stepped } from '../support/lot-steps';
import {
  CloseNonconformanceDocument,
  CompleteInspectionDocument,
  CreateInspectionPlanDocument,
  DispositionNonconformanceDocument,
  RecordInspectionResultsDocument,
  ReviewNonconformanceDocument,
  StartInspectionDocument,
  type InspectionType,
} from '../generated/graphql';

/**
 * ISO 13485 8.2.6: a lot is released only when the latest inspection its material's active plan
 * requires has passed: INCOMING for a receipt, FINAL for a production lot. A missing, failed or
 * merely optional inspection does not do.
 */
let t: TestServer;
let q: Awaited<ReturnType<typeof qualityTeam>>;

/** An active plan of `type` for a material with one visual check on one sample; returns how to pass it on a lot. */
async function visualPlan(materialId: string, type: InspectionType) {
  const plan = await t.ok(
    CreateInspectionPlanDocument,
    {
      input: { materialId, type, sampleSize: 1, reason: 'Control plan rev A', characteristics: [{ name: 'Visual', kind: 'QUALITATIVE' }] },
    },
    'QA_MANAGER',
  );
  expect(plan.createInspectionPlan.userErrors).toEqual([]);
  const [{ id: characteristicId }] = plan.createInspectionPlan.inspectionPlan!.characteristics!;
  return async (lotId: string) => {
    const started = await t.ok(StartInspectionDocument, { input: { lotId, type } }, 'QA_INSPECTOR');
    expect(started.startInspection.userErrors).toEqual([]);
    const inspectionId = started.startInspection.inspection!.id;
    await t.ok(RecordInspectionResultsDocument, { input: { inspectionId, readings: [{ characteristicId, sampleNo: 1, accepted: true }] } }, 'QA_INSPECTOR');
    const done = await t.ok(CompleteInspectionDocument, { input: { inspectionId } }, 'QA_INSPECTOR');
    expect(done.completeInspection.inspection?.verdict).toBe('PASS');
  };
}

let passInProcess: (lotId: string) => Promise<void>;

beforeAll(async () => {
  t = await createTestServer();
  q = await qualityTeam(t, 'RRI');
  passInProcess = await visualPlan(q.material.id, 'IN_PROCESS');
});
afterAll(async () => {
  await t?.close();
});

/** Release by a QA signer who inspected nothing must be refused as VALIDATION_FAILED on input.id and change nothing. */
async function expectReleaseRefused(lotId: string, version: number) {
  const before = await lotFootprint(t, lotId);
  const res = await q.steps.release(lotId, version);
  expect(res).toMatchObject({ lot: null, userErrors: [{ code: 'VALIDATION_FAILED', field: ['input', 'id'] }] });
  expect(res.userErrors).toHaveLength(1);
  expect(await lotFootprint(t, lotId)).toEqual(before);
}

describe('release needs the required inspection passed', () => {
  it('refuses a received lot whose required INCOMING inspection never took place, and releases it once one passed', async () => {
    const l = await q.lot('RRI-NONE');
    const version = await stepped(q.steps.startTesting(l.id, 1));
    await expectReleaseRefused(l.id, version);
    await q.inspect(l.id, ['2.35', '2.35']);
    expect((await q.steps.release(l.id, version)).lot?.status).toBe('RELEASED');
  });

  it('refuses a received lot that passed only an inspection its plans do not require (IN_PROCESS)', async () => {
    const l = await q.lot('RRI-OPTIONAL');
    await passInProcess(l.id);
    await expectReleaseRefused(l.id, 2);
    await q.inspect(l.id, ['2.35', '2.35']);
    expect((await q.steps.release(l.id, 2)).lot?.status).toBe('RELEASED');
  });

  it('refuses a lot whose latest INCOMING inspection failed, though an earlier one passed and its rework nonconformance is closed', async () => {
    const l = await q.lot('RRI-REFAIL');
    await q.inspect(l.id, ['2.35', '2.35']);
    const failed = await q.inspect(l.id, ['2.35', '2.45']);
    expect(failed.inspection?.verdict).toBe('FAIL');
    const nc = failed.nonconformance!;
    await t.ok(ReviewNonconformanceDocument, { input: { id: nc.id, expectedVersion: 1, summary: 'Tool wear on sample 2' } }, q.qa);
    const rework = await t.ok(
      DispositionNonconformanceDocument,
      {
        input: { id: nc.id, expectedVersion: 2, disposition: 'REWORK', justification: 'Re-machine and re-inspect', signature: signed('APPROVED') },
      },
      q.qa2,
    );
    expect(rework.dispositionNonconformance.userErrors).toEqual([]);
    // The rework is verified by an inspection the plan does not require, which lets the nonconformance close.
    await passInProcess(l.id);
    const closed = await t.ok(CloseNonconformanceDocument, { input: { id: nc.id, expectedVersion: 3, reason: 'Rework done', signature: signed('CLOSED') } }, q.qa);
    expect(closed.closeNonconformance.userErrors).toEqual([]);
    await expectReleaseRefused(l.id, 5);
    await q.inspect(l.id, ['2.35', '2.36']);
    expect((await q.steps.release(l.id, 5)).lot?.status).toBe('RELEASED');
  });

  it('refuses a production lot without a passed FINAL inspection, and releases one whose product has no FINAL plan without one', async () => {
    const raw = await q.lot('RRI-RAW');
    await q.inspect(raw.id, ['2.35', '2.35']);
    await stepped(q.steps.release(raw.id, 2));
    const { sub, fin, madeFrom } = await productsOf(t, q, 'RRI');
    const passFinal = await visualPlan(sub.material.id, 'FINAL');
    const s = await madeFrom(sub, [raw.id]);
    await expectReleaseRefused(s.id, await stepped(q.steps.startTesting(s.id, 1)));
    await passFinal(s.id);
    expect((await q.steps.release(s.id, 2)).lot?.status).toBe('RELEASED');
    const f = await madeFrom(fin, [s.id]);
    expect((await q.steps.release(f.id, await stepped(q.steps.startTesting(f.id, 1)))).lot?.status).toBe('RELEASED');
  });
});
