import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { createSupplier, approveSource, daysFromToday } from '../support/fixtures';
import { readLot, receive, receivingSetup, signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import { inspectionSetup } from '../support/quality-fixtures';
import {
  CloseNonconformanceDocument,
  CompleteInspectionDocument,
  CreateCustomerDocument,
  DeviceHistoryRecordDocument,
  DispositionNonconformanceDocument,
  MoveStockDocument,
  NonconformanceDetailDocument,
  OpenNonconformanceDocument,
  PlaceLotOnHoldDocument,
  RejectLotDocument,
  ReleaseLotDocument,
  RecordInspectionResultsDocument,
  ReviewNonconformanceDocument,
  StartInspectionDocument,
  type DispositionNonconformanceInput,
} from '../generated/graphql';
import { expireReleasedLots } from '../../src/modules/lots/lot-expiry.job';
import { pdfText } from '../support/pdf-text';

let t: TestServer;
let q: Awaited<ReturnType<typeof inspectionSetup>>;
let qa: Caller;
let qa2: Caller;

const approve = { password: SIGNING_PASSWORD, meaning: 'APPROVED' as const, reason: 'Disposition approved' };
const close = { password: SIGNING_PASSWORD, meaning: 'CLOSED' as const, reason: 'Disposition verified' };

const lotRow = async (id: string) => (await t.sql<{ status: string; version: number; concession_id: string | null }>('SELECT status, version, concession_id FROM lot WHERE id = $1', [id]))[0];
const ncRow = async (id: string) => (await t.sql<{ status: string; version: number }>('SELECT status, version FROM nonconformance WHERE id = $1', [id]))[0];
const balance = async (lotId: string) => (await t.sql<{ q: string }>('SELECT coalesce(sum(quantity), 0)::text AS q FROM stock_balance WHERE lot_id = $1', [lotId]))[0].q;

async function review(id: string, version = 1) {
  const res = await t.ok(ReviewNonconformanceDocument, { input: { id, expectedVersion: version, summary: 'Measured 2.45 mm on sample 2; supplier tooling wear' } }, qa);
  expect(res.reviewNonconformance.userErrors).toEqual([]);
  return res.reviewNonconformance.nonconformance!;
}

async function disposition(input: Omit<DispositionNonconformanceInput, 'signature'> & { signature?: DispositionNonconformanceInput['signature'] }, as: Caller = qa2) {
  return (await t.ok(DispositionNonconformanceDocument, { input: { signature: approve, ...input } }, as)).dispositionNonconformance;
}

/** A failed incoming lot whose nonconformance is UNDER_REVIEW (version 2). */
async function reviewedFailure(label: string, quantity = '50') {
  const failed = await q.failedLot(label, quantity);
  await review(failed.nonconformance.id);
  return failed;
}

beforeAll(async () => {
  t = await createTestServer();
  q = await inspectionSetup(t, 'NCM');
  qa = await signerUser(t, 'u-nc-qa', ['QA_MANAGER']);
  qa2 = await signerUser(t, 'u-nc-qa2', ['QA_MANAGER']);
});
afterAll(async () => {
  await t?.close();
});

describe('the nonconformance state machine', () => {
  it('goes OPEN → UNDER_REVIEW → DISPOSITIONED → CLOSED, each step audited and the signed ones signed', async () => {
    const { lot, nonconformance } = await q.failedLot('SM-1');
    const opened = await t.ok(NonconformanceDetailDocument, { id: nonconformance.id }, 'QA_MANAGER');
    expect(opened.node).toMatchObject({ status: 'OPEN', source: 'INSPECTION', supplierId: q.supplier.id, openedBy: 'Test QA_INSPECTOR', lots: [{ id: lot.id, status: 'REJECTED' }] });
    const reviewed = await review(nonconformance.id);
    expect(reviewed).toMatchObject({ status: 'UNDER_REVIEW', version: 2, reviewedBy: 'Signer u-nc-qa' });
    const done = await disposition({ id: nonconformance.id, expectedVersion: 2, disposition: 'SCRAP', justification: 'Out of tolerance, cannot be reworked' });
    expect(done.userErrors).toEqual([]);
    expect(done.nonconformance).toMatchObject({ status: 'DISPOSITIONED', disposition: 'SCRAP', dispositionedBy: 'Signer u-nc-qa2' });
    expect(done.signature).toMatchObject({ meaning: 'APPROVED', printedName: 'Signer u-nc-qa2', recordType: 'Nonconformance', recordVersion: 3 });
    const closed = await t.ok(CloseNonconformanceDocument, { input: { id: nonconformance.id, expectedVersion: 3, reason: 'Scrap confirmed', signature: close } }, qa);
    expect(closed.closeNonconformance.userErrors).toEqual([]);
    expect(closed.closeNonconformance).toMatchObject({ nonconformance: { status: 'CLOSED', closedBy: 'Signer u-nc-qa' }, signature: { meaning: 'CLOSED' } });
    const audit = await t.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE entity_type = 'Nonconformance' AND entity_id = $1 ORDER BY seq`, [nonconformance.id]);
    expect(audit.map((a) => a.action)).toEqual(['OPEN', 'STATUS_CHANGE', 'STATUS_CHANGE', 'SIGN', 'STATUS_CHANGE', 'SIGN']);
    const events = await t.sql<{ payload: { status: string } }>(`SELECT payload FROM outbox_event WHERE event_type = 'NonconformanceStatusChanged' AND aggregate_id = $1 ORDER BY id`, [
      nonconformance.id,
    ]);
    expect(events.map((e) => e.payload.status)).toEqual(['UNDER_REVIEW', 'DISPOSITIONED', 'CLOSED']);
    expect((await lotRow(lot.id)).status).toBe('SCRAPPED');

    const dhr = await t.ok(DeviceHistoryRecordDocument, { lotId: lot.id }, 'QA_MANAGER');
    expect(dhr.deviceHistoryRecord?.nonconformances).toEqual([expect.objectContaining({ id: nonconformance.id, status: 'CLOSED', disposition: 'SCRAP' })]);
    expect(dhr.deviceHistoryRecord?.signatures?.map((sg) => [sg.recordType, sg.meaning, sg.printedName])).toEqual([
      ['Nonconformance', 'APPROVED', 'Signer u-nc-qa2'],
      ['Nonconformance', 'CLOSED', 'Signer u-nc-qa'],
    ]);
    const pdf = await fetch(`${t.url.replace(/\/graphql$/, '')}/records/lots/${lot.id}/batch-record`, { headers: { authorization: `Bearer ${t.token('QA_MANAGER')}` } });
    const text = await pdfText(await pdf.arrayBuffer());
    for (const expected of ['Signer u-nc-qa2', 'Signer u-nc-qa', 'APPROVED', 'CLOSED', 'SCRAP']) expect(text).toContain(expected);
  });

  it('refuses illegal steps and changes nothing', async () => {
    const { nonconformance: nc } = await q.failedLot('SM-2');
    const early = await disposition({ id: nc.id, expectedVersion: 1, disposition: 'SCRAP', justification: 'j' });
    expect(early.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });
    const earlyClose = await t.ok(CloseNonconformanceDocument, { input: { id: nc.id, expectedVersion: 1, reason: 'r', signature: close } }, qa);
    expect(earlyClose.closeNonconformance.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });
    await review(nc.id);
    const again = await t.ok(ReviewNonconformanceDocument, { input: { id: nc.id, expectedVersion: 2, summary: 'again' } }, qa);
    expect(again.reviewNonconformance.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });
    const stale = await disposition({ id: nc.id, expectedVersion: 1, disposition: 'SCRAP', justification: 'j' });
    expect(stale.userErrors[0]).toMatchObject({ code: 'VERSION_CONFLICT' });
    const unsigned = await t.gql(
      `mutation($i: DispositionNonconformanceInput!) { dispositionNonconformance(input: $i) { userErrors { code } } }`,
      { i: { id: nc.id, expectedVersion: 2, disposition: 'SCRAP', justification: 'j', signature: { password: 'wrong', meaning: 'APPROVED', reason: 'r' } } },
      qa2,
    );
    expect(unsigned.data).toMatchObject({ dispositionNonconformance: { userErrors: [{ code: 'SIGNATURE_INVALID' }] } });
    const wrongMeaning = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'SCRAP', justification: 'j', signature: { ...approve, meaning: 'RELEASED' } });
    expect(wrongMeaning.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'signature', 'meaning'] });
    expect(await ncRow(nc.id)).toEqual({ status: 'UNDER_REVIEW', version: 2 });
  });

  it('lets only QA review, disposition and close; an inspector may raise one', async () => {
    const { lot, nonconformance: nc } = await q.failedLot('SM-3');
    for (const role of ['QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'AUDITOR', 'SUPPLIER'] as const) {
      const res = await t.gql(`mutation { reviewNonconformance(input: { id: "${nc.id}", expectedVersion: 1, summary: "s" }) { userErrors { code } } }`, {}, role);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const raised = await t.ok(OpenNonconformanceDocument, { input: { lotIds: [lot.id], description: 'Label smudged', source: 'OTHER' } }, 'QA_INSPECTOR');
    expect(raised.openNonconformance.nonconformance).toMatchObject({ status: 'OPEN', source: 'OTHER', supplierId: null, openedBy: 'Test QA_INSPECTOR' });
    expect(await ncRow(nc.id)).toEqual({ status: 'OPEN', version: 1 });
  });
});

describe('opening a nonconformance', () => {
  it('happens when QA rejects a lot that has none open', async () => {
    const l = await q.lot('REJ-1');
    await t.ok(StartInspectionDocument, { input: { lotId: l.id, type: 'INCOMING' } }, 'QA_INSPECTOR');
    const rejected = await t.ok(RejectLotDocument, { input: { id: l.id, expectedVersion: 2, reason: 'Certificate of conformance missing', signature: { ...approve, meaning: 'REVIEWED' } } }, qa);
    expect(rejected.rejectLot.userErrors).toEqual([]);
    const ncs = await t.sql<{ source: string; status: string; description: string }>('SELECT source, status, description FROM nonconformance WHERE $1 = ANY(lot_ids)', [l.id]);
    expect(ncs).toEqual([{ source: 'OTHER', status: 'OPEN', description: expect.stringContaining('Certificate of conformance missing') }]);
  });

  it('validates its input and writes nothing on refusal', async () => {
    const l = await q.lot('OPEN-1');
    const other = await createSupplier(t, 'NCM-OTHER', 'APPROVED');
    const [{ n: before }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM nonconformance');
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ lotIds: [l.id], description: 'x', source: 'INSPECTION' }, 'VALIDATION_FAILED', ['input', 'source']],
      [{ lotIds: [], description: 'x', source: 'OTHER' }, 'VALIDATION_FAILED', ['input', 'lotIds']],
      [{ lotIds: [l.id], description: '  ', source: 'OTHER' }, 'VALIDATION_FAILED', ['input', 'description']],
      [{ lotIds: ['lot_missing'], description: 'x', source: 'OTHER' }, 'NOT_FOUND', ['input', 'lotIds']],
      [{ lotIds: [l.id], description: 'x', source: 'COMPLAINT', supplierId: other.id }, 'VALIDATION_FAILED', ['input', 'supplierId']],
    ];
    for (const [input, code, field] of cases) {
      const res = await t.gql(`mutation($i: OpenNonconformanceInput!) { openNonconformance(input: $i) { userErrors { code field } } }`, { i: input }, 'QA_MANAGER');
      expect(res.data).toEqual({ openNonconformance: { userErrors: [{ code, field }] } });
    }
    const [{ n: after }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM nonconformance');
    expect(after).toBe(before);
  });
});

describe('separation of duties', () => {
  it('refuses a disposition signed by whoever opened the nonconformance', async () => {
    const inspectorQa = await signerUser(t, 'u-nc-both', ['QA_MANAGER', 'QA_INSPECTOR']);
    const { lot, nonconformance: nc } = await q.failedLot('SOD-1', '50', inspectorQa);
    await review(nc.id);
    const own = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'SCRAP', justification: 'j' }, inspectorQa);
    expect(own.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'signature'] });
    expect(await ncRow(nc.id)).toEqual({ status: 'UNDER_REVIEW', version: 2 });
    expect(await lotRow(lot.id)).toMatchObject({ status: 'REJECTED' });
    expect(await balance(lot.id)).toBe('50.000000');
  });
});

describe('dispositions', () => {
  it('USE_AS_IS needs a concession; it conditionally releases the lots within its scope only', async () => {
    const { lot, nonconformance: nc } = await reviewedFailure('UAI-1');
    const missing = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'Functionally acceptable' });
    expect(missing.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'concession'] });
    const unlimited = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'j', concession: {} });
    expect(unlimited.userErrors[0].field).toEqual(['input', 'concession']);
    const ok = await disposition({
      id: nc.id,
      expectedVersion: 2,
      disposition: 'USE_AS_IS',
      justification: 'Diameter does not affect fit (DR-17)',
      concession: { maxQuantity: '30', validUntil: daysFromToday(30) },
    });
    expect(ok.userErrors).toEqual([]);
    expect(ok.concession).toMatchObject({ maxQuantity: '30', usedQuantity: '0', approvedBy: 'Signer u-nc-qa2', justification: 'Diameter does not affect fit (DR-17)' });
    expect(await lotRow(lot.id)).toMatchObject({ status: 'CONDITIONAL_RELEASE', concession_id: ok.concession!.id });

    const issue = (quantity: string) => t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: q.locationId, type: 'ISSUE', quantity, reason: 'To line' } }, 'WAREHOUSE');
    expect((await issue('20')).moveStock.userErrors).toEqual([]);
    const over = await issue('15');
    expect(over.moveStock.userErrors[0]).toMatchObject({ code: 'CONCESSION_EXCEEDED' });
    expect((await issue('10')).moveStock.userErrors).toEqual([]);
    const detail = await t.ok(NonconformanceDetailDocument, { id: nc.id }, 'QA_MANAGER');
    expect(detail.node).toMatchObject({
      concession: { usedQuantity: '30' },
      lots: [{ status: 'CONDITIONAL_RELEASE', concession: { usedQuantity: '30', maxQuantity: '30' } }],
      signatures: [{ meaning: 'APPROVED' }],
    });
    expect(await balance(lot.id)).toBe('20.000000');
  });

  it('refuses a quantity limit over lots of different materials, whose quantities do not add up', async () => {
    const { lot } = await q.failedLot('UAI-MIXED');
    const other = await receivingSetup(t, 'NCM-OTHER');
    const foreign = await receive(t, { materialId: other.material.id, supplierId: other.supplier.id, supplierLotNumber: 'OTHER-1', quantity: '5', locationId: other.locationId });
    const opened = await t.ok(OpenNonconformanceDocument, { input: { lotIds: [lot.id, foreign.id], description: 'Mixed shipment damaged', source: 'OTHER' } }, 'QA_INSPECTOR');
    const nc = opened.openNonconformance.nonconformance!;
    await review(nc.id);
    const res = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'j', concession: { maxQuantity: '5' } });
    expect(res.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'concession', 'maxQuantity'], message: expect.stringContaining('2 materials') });
    expect(await ncRow(nc.id)).toEqual({ status: 'UNDER_REVIEW', version: 2 });
    expect(await t.sql('SELECT 1 FROM concession WHERE nonconformance_id = $1', [nc.id])).toEqual([]);
  });

  it('refuses a USE_AS_IS signed by someone who inspected the lot: a conditional release is a release', async () => {
    // qa2 starts the inspection and records the failing readings; an inspector completes it (and so opens the nonconformance).
    const lot = await q.lot('UAI-SOD');
    const started = await t.ok(StartInspectionDocument, { input: { lotId: lot.id, type: 'INCOMING' } }, qa2);
    const inspectionId = started.startInspection.inspection!.id;
    const readings = [
      ['2.35', 1],
      ['2.45', 2],
    ].flatMap(([value, sampleNo]) => [
      { characteristicId: q.diameter, sampleNo: Number(sampleNo), value: String(value), equipmentId: q.gauge },
      { characteristicId: q.visual, sampleNo: Number(sampleNo), accepted: true },
    ]);
    expect((await t.ok(RecordInspectionResultsDocument, { input: { inspectionId, readings } }, qa2)).recordInspectionResults.userErrors).toEqual([]);
    const done = await t.ok(CompleteInspectionDocument, { input: { inspectionId } }, 'QA_INSPECTOR');
    const nc = done.completeInspection.nonconformance!;
    await review(nc.id);
    const byInspector = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'j', concession: { maxQuantity: '5' } }, qa2);
    expect(byInspector.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'signature'], message: expect.stringContaining('separation of duties') });
    expect(await lotRow(lot.id)).toMatchObject({ status: 'REJECTED', concession_id: null });
    expect(await ncRow(nc.id)).toEqual({ status: 'UNDER_REVIEW', version: 2 });
    const third = await signerUser(t, 'u-nc-qa3', ['QA_MANAGER']);
    const ok = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'j', concession: { maxQuantity: '5' } }, third);
    expect(ok.userErrors).toEqual([]);
    expect((await lotRow(lot.id)).status).toBe('CONDITIONAL_RELEASE');
  });

  it('a conditional release expires with the lot', async () => {
    const { lot, nonconformance: nc } = await reviewedFailure('UAI-EXP');
    await disposition({ id: nc.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'j', concession: { maxQuantity: '5' } });
    const { expiresOn } = await readLot(t, lot.id);
    const dayAfter = new Date(Date.parse(`${expiresOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await expireReleasedLots(t.server.platform, dayAfter)).toBeGreaterThanOrEqual(1);
    expect((await lotRow(lot.id)).status).toBe('EXPIRED');
  });

  it('a customer-limited concession is not drawn on by internal use', async () => {
    const { lot, nonconformance: nc } = await reviewedFailure('UAI-2');
    const customer = await t.ok(CreateCustomerDocument, { input: { code: 'NCM-HOSP', name: 'City Hospital' } }, 'ADMIN');
    const ok = await disposition({
      id: nc.id,
      expectedVersion: 2,
      disposition: 'USE_AS_IS',
      justification: 'Accepted by the customer',
      concession: { customerId: customer.createCustomer.customer!.id },
    });
    expect(ok.userErrors).toEqual([]);
    const issue = await t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: q.locationId, type: 'ISSUE', quantity: '1', reason: 'To line' } }, 'WAREHOUSE');
    expect(issue.moveStock.userErrors[0]).toMatchObject({ code: 'CONCESSION_EXCEEDED' });
  });

  it('REWORK sends the lot to quarantine; closing waits for the re-inspection, and release for the closure', async () => {
    const { lot, nonconformance: nc } = await reviewedFailure('RW-1');
    const res = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'REWORK', justification: 'Re-machine to size' });
    expect(res.userErrors).toEqual([]);
    expect((await lotRow(lot.id)).status).toBe('QUARANTINE');
    const early = await t.ok(CloseNonconformanceDocument, { input: { id: nc.id, expectedVersion: 3, reason: 'Reworked', signature: close } }, qa);
    expect(early.closeNonconformance.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/not completed an inspection since the rework/) });
    const reinspected = await q.inspect(lot.id, ['2.35', '2.36']);
    expect(reinspected.inspection).toMatchObject({ verdict: 'PASS' });
    const { version } = await lotRow(lot.id);
    const releaseInput = { id: lot.id, expectedVersion: version, reason: 'Rework verified', signature: { password: SIGNING_PASSWORD, meaning: 'RELEASED' as const, reason: 'ok' } };
    const blocked = await t.ok(ReleaseLotDocument, { input: releaseInput }, qa);
    expect(blocked.releaseLot.userErrors[0].message).toMatch(/still open/);
    const closed = await t.ok(CloseNonconformanceDocument, { input: { id: nc.id, expectedVersion: 3, reason: 'Reworked and re-inspected', signature: close } }, qa);
    expect(closed.closeNonconformance.userErrors).toEqual([]);
    const released = await t.ok(ReleaseLotDocument, { input: releaseInput }, qa);
    expect(released.releaseLot.userErrors).toEqual([]);
    expect(released.releaseLot.lot?.status).toBe('RELEASED');
  });

  it('SCRAP of a held lot rejects then scraps it and writes its stock off', async () => {
    const l = await q.lot('SC-1', '40');
    await q.inspect(l.id, ['2.35', '2.36']);
    const rel = await t.ok(ReleaseLotDocument, { input: { id: l.id, expectedVersion: 2, reason: 'ok', signature: { password: SIGNING_PASSWORD, meaning: 'RELEASED', reason: 'ok' } } }, qa);
    expect(rel.releaseLot.userErrors).toEqual([]);
    await t.ok(PlaceLotOnHoldDocument, { input: { id: l.id, expectedVersion: 3, reason: 'Customer complaint' } }, 'QA_MANAGER');
    const opened = await t.ok(OpenNonconformanceDocument, { input: { lotIds: [l.id], description: 'Cracked housing reported', source: 'COMPLAINT', supplierId: q.supplier.id } }, 'QA_INSPECTOR');
    const nc = opened.openNonconformance.nonconformance!;
    await review(nc.id);
    const res = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'SCRAP', justification: 'Cracks confirmed' });
    expect(res.userErrors).toEqual([]);
    const history = await t.sql<{ status: string }>(`SELECT payload->>'status' AS status FROM outbox_event WHERE event_type = 'LotStatusChanged' AND aggregate_id = $1 ORDER BY id`, [l.id]);
    expect(history.map((h) => h.status)).toEqual(['QUARANTINE', 'UNDER_TEST', 'RELEASED', 'ON_HOLD', 'REJECTED', 'SCRAPPED']);
    expect(await balance(l.id)).toBe('0.000000');
    const moves = await t.sql<{ type: string; quantity: string }>(`SELECT type, quantity::text FROM stock_movement WHERE lot_id = $1 AND type = 'SCRAP'`, [l.id]);
    expect(moves).toEqual([{ type: 'SCRAP', quantity: '40.000000' }]);
  });

  it('RETURN_TO_SUPPLIER returns the lot and its stock', async () => {
    const { lot, nonconformance: nc } = await reviewedFailure('RT-1', '25');
    const res = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'RETURN_TO_SUPPLIER', justification: 'Supplier replaces the lot' });
    expect(res.userErrors).toEqual([]);
    expect((await lotRow(lot.id)).status).toBe('RETURNED');
    expect(await t.sql(`SELECT type, quantity::text FROM stock_movement WHERE lot_id = $1 AND type = 'RETURN'`, [lot.id])).toEqual([{ type: 'RETURN', quantity: '25.000000' }]);
    expect(await balance(lot.id)).toBe('0.000000');
  });

  it('refuses a disposition while a lot is still usable, and changes nothing', async () => {
    const l = await q.lot('NOHOLD-1');
    const opened = await t.ok(OpenNonconformanceDocument, { input: { lotIds: [l.id], description: 'Paperwork missing', source: 'OTHER' } }, 'QA_INSPECTOR');
    const nc = opened.openNonconformance.nonconformance!;
    await review(nc.id);
    const [{ n: concessions }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM concession');
    const res = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'j', concession: { maxQuantity: '5' } });
    expect(res.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('QUARANTINE') });
    expect(await ncRow(nc.id)).toEqual({ status: 'UNDER_REVIEW', version: 2 });
    expect((await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM concession'))[0].n).toBe(concessions);
    expect(await t.sql(`SELECT 1 FROM electronic_signature WHERE record_id = $1`, [nc.id])).toEqual([]);
  });
});

describe('SUPPLIER access', () => {
  it('sees the inspections and nonconformances of its own lots only', async () => {
    const rival = await createSupplier(t, 'NCM-RIVAL', 'APPROVED');
    await approveSource(t, q.material.id, rival.id);
    const mine = await q.failedLot('SUP-1');
    const theirs = await q.lot('SUP-2', '10', rival.id);
    const rivalNc = (await q.inspect(theirs.id, ['2.35', '2.50'])).nonconformance!;
    const asSupplier: Caller = { roles: ['SUPPLIER'], supplierId: q.supplier.id };
    const read = await t.gql<{ nonconformances: { edges: { node: { id: string; supplierId: string } }[] }; inspections: { edges: { node: { lotId: string } }[] } }, unknown>(
      '{ nonconformances(first: 100) { edges { node { id supplierId } } } inspections(first: 100) { edges { node { lotId } } } }',
      {},
      asSupplier,
    );
    expect(read.errors).toBeUndefined();
    const ncs = read.data!.nonconformances.edges.map((e) => e.node);
    expect(ncs.map((n) => n.id)).toContain(mine.nonconformance.id);
    expect(ncs.every((n) => n.supplierId === q.supplier.id)).toBe(true);
    const lots = read.data!.inspections.edges.map((e) => e.node.lotId);
    expect(lots).toContain(mine.lot.id);
    expect(lots).not.toContain(theirs.id);
    const direct = await t.gql<{ node: unknown }, unknown>(`{ node(id: "${rivalNc.id}") { id } }`, {}, asSupplier);
    expect(direct.data?.node ?? null).toBeNull();
    const filtered = await t.gql<{ nonconformances: { totalCount: number } }, unknown>(`{ nonconformances(first: 1, filter: { supplierIds: ["${rival.id}"] }) { totalCount } }`, {}, asSupplier);
    expect(filtered.data?.nonconformances.totalCount).toBe(0);
  });
});
