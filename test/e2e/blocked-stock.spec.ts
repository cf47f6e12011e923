import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { receive, signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import { inspectionSetup } from '../support/quality-fixtures';
import {
  AdjustStockDocument,
  AdjustStockSignedDocument,
  CloseNonconformanceDocument,
  DispositionNonconformanceDocument,
  MoveStockDocument,
  OpenNonconformanceDocument,
  PlaceLotOnHoldDocument,
  RecallLotDocument,
  ReleaseLotDocument,
  ReturnLotDocument,
  ReviewNonconformanceDocument,
  ScrapLotDocument,
  StockMovementsDocument,
  VerifySignatureDocument,
  type DispositionNonconformanceInput,
  type MovementType,
} from '../generated/graphql';
import { expireReleasedLots } from '../../src/modules/lots/lot-expiry.job';

let t: TestServer;
let q: Awaited<ReturnType<typeof inspectionSetup>>;
let qa: Caller;
let qa2: Caller;
/** Counts stock and decides about blocked lots: both roles, so only the signature rule stands between it and a write-off. */
let countingQa: Caller;

const signed = (meaning: 'APPROVED' | 'RELEASED' | 'CLOSED', reason = 'QA decision') => ({ password: SIGNING_PASSWORD, meaning, reason });

beforeAll(async () => {
  t = await createTestServer();
  q = await inspectionSetup(t, 'BLK');
  qa = await signerUser(t, 'u-blk-qa', ['QA_MANAGER']);
  qa2 = await signerUser(t, 'u-blk-qa2', ['QA_MANAGER']);
  countingQa = await signerUser(t, 'u-blk-count', ['WAREHOUSE', 'QA_MANAGER']);
});
afterAll(async () => {
  await t?.close();
});

const lotRow = async (id: string) => (await t.sql<{ status: string; version: number }>('SELECT status, version FROM lot WHERE id = $1', [id]))[0];
const onHand = async (lotId: string) => (await t.sql<{ q: string }>('SELECT coalesce(sum(quantity), 0)::text AS q FROM stock_balance WHERE lot_id = $1', [lotId]))[0].q;
/** Rows a refused step must not have written. */
const written = async () =>
  (
    await t.sql<{ movements: number; audit: number; signatures: number; lots: number }>(
      `SELECT (SELECT count(*) FROM stock_movement)::int AS movements, (SELECT count(*) FROM audit_entry)::int AS audit,
          (SELECT count(*) FROM electronic_signature)::int AS signatures, (SELECT sum(version) FROM lot)::int AS lots`,
    )
  )[0];

async function movementsOf(lotId: string, type: MovementType) {
  const res = await t.ok(StockMovementsDocument, { first: 20, filter: { lotIds: [lotId], types: [type] } }, 'QA_MANAGER');
  return res.stockMovements!.edges.map((e) => e.node);
}

/** A lot that passed incoming inspection and was released by QA (version 3), with its stock at two locations. */
async function released(label: string, quantity = '30', split = '10') {
  const lot = await q.lot(label, quantity);
  await q.inspect(lot.id, ['2.35', '2.36']);
  const rel = await t.ok(ReleaseLotDocument, { input: { id: lot.id, expectedVersion: 2, reason: 'Incoming inspection passed', signature: signed('RELEASED') } }, qa);
  expect(rel.releaseLot.userErrors).toEqual([]);
  const moved = await t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: q.locationId, toLocationId: q.otherLocationId, quantity: split } }, 'WAREHOUSE');
  expect(moved.moveStock.userErrors).toEqual([]);
  return lot;
}

/** A released lot recalled by QA (version 4). */
async function recalled(label: string, quantity = '30', split = '10') {
  const lot = await released(label, quantity, split);
  const res = await t.ok(RecallLotDocument, { input: { id: lot.id, expectedVersion: 3, reason: 'Supplier recall notice', signature: signed('APPROVED') } }, qa);
  expect(res.recallLot.userErrors).toEqual([]);
  return lot;
}

/** A released lot QA put on hold (version 4). */
async function held(label: string, quantity = '30', split = '10') {
  const lot = await released(label, quantity, split);
  const res = await t.ok(PlaceLotOnHoldDocument, { input: { id: lot.id, expectedVersion: 3, reason: 'Complaint investigation' } }, 'QA_MANAGER');
  expect(res.placeLotOnHold.userErrors).toEqual([]);
  return lot;
}

/** A nonconformance an inspector raised on the lots, reviewed by QA (version 2). */
async function reviewedNonconformance(lotIds: string[]) {
  const opened = await t.ok(OpenNonconformanceDocument, { input: { lotIds, description: 'Product in doubt', source: 'OTHER' } }, 'QA_INSPECTOR');
  const nc = opened.openNonconformance.nonconformance!;
  const reviewed = await t.ok(ReviewNonconformanceDocument, { input: { id: nc.id, expectedVersion: 1, summary: 'Confirmed by MRB' } }, qa);
  expect(reviewed.reviewNonconformance.userErrors).toEqual([]);
  return nc;
}

async function disposition(input: Omit<DispositionNonconformanceInput, 'signature'>) {
  return (await t.ok(DispositionNonconformanceDocument, { input: { ...input, signature: signed('APPROVED') } }, qa2)).dispositionNonconformance;
}

/** A failed lot whose nonconformance wrote its stock off, and stock of it the warehouse then found and counted. */
async function failedAndFoundAgain(label: string, written: 'SCRAP' | 'RETURN_TO_SUPPLIER', locationId: string, countedQuantity: string) {
  const failed = await q.failedLot(label, '12');
  await t.ok(ReviewNonconformanceDocument, { input: { id: failed.nonconformance.id, expectedVersion: 1, summary: 'Diameter out of tolerance' } }, qa);
  expect((await disposition({ id: failed.nonconformance.id, expectedVersion: 2, disposition: written, justification: 'Not usable' })).userErrors).toEqual([]);
  const found = await t.ok(AdjustStockDocument, { input: { lotId: failed.lot.id, locationId, countedQuantity, reason: 'Found in a recount' } }, 'WAREHOUSE');
  expect(found.adjustStock.userErrors).toEqual([]);
  return failed;
}

const closeNc = (id: string, expectedVersion = 3) => t.ok(CloseNonconformanceDocument, { input: { id, expectedVersion, reason: 'Disposition carried out', signature: signed('CLOSED') } }, qa);

describe('a nonconformance disposition reaches recalled, held and returned lots with their stock', () => {
  it("SCRAP writes a RECALLED lot's stock off at every location, naming the nonconformance, and the lot stays RECALLED", async () => {
    const lot = await recalled('RC-1');
    const nc = await reviewedNonconformance([lot.id]);
    const res = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'SCRAP', justification: 'Recalled stock is destroyed' });
    expect(res.userErrors).toEqual([]);
    expect(await lotRow(lot.id)).toEqual({ status: 'RECALLED', version: 5 });
    expect(await onHand(lot.id)).toBe('0.000000');
    const scrapped = await movementsOf(lot.id, 'SCRAP');
    expect(scrapped.map((m) => [m.fromLocationId, m.quantity, m.reference]).sort()).toEqual(
      [
        [q.locationId, '20', nc.id],
        [q.otherLocationId, '10', nc.id],
      ].sort(),
    );
    const audit = await t.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE entity_type = 'Lot' AND entity_id = $1 ORDER BY seq DESC LIMIT 4`, [lot.id]);
    expect(audit.map((a) => a.action).reverse()).toEqual(['SIGN', 'STOCK_SCRAP', 'STOCK_SCRAP', 'DISPOSE_STOCK']);
    expect((await closeNc(nc.id)).closeNonconformance.userErrors).toEqual([]);
  });

  it('RETURN_TO_SUPPLIER of a held lot rejects and returns it, its stock leaving with RETURN movements that name the nonconformance', async () => {
    const lot = await held('HD-1', '25', '5');
    const nc = await reviewedNonconformance([lot.id]);
    expect((await disposition({ id: nc.id, expectedVersion: 2, disposition: 'RETURN_TO_SUPPLIER', justification: 'Supplier replaces it' })).userErrors).toEqual([]);
    const history = await t.sql<{ status: string }>(`SELECT payload->>'status' AS status FROM outbox_event WHERE event_type = 'LotStatusChanged' AND aggregate_id = $1 ORDER BY id`, [lot.id]);
    expect(history.map((h) => h.status).slice(-3)).toEqual(['ON_HOLD', 'REJECTED', 'RETURNED']);
    expect((await movementsOf(lot.id, 'RETURN')).map((m) => [m.quantity, m.reference]).sort()).toEqual(
      [
        ['20', nc.id],
        ['5', nc.id],
      ].sort(),
    );
    expect(await onHand(lot.id)).toBe('0.000000');
    expect((await closeNc(nc.id)).closeNonconformance.userErrors).toEqual([]);
  });

  it('SCRAP reaches a RETURNED lot whose stock turned up again, which stays RETURNED', async () => {
    const { lot } = await failedAndFoundAgain('RT-1', 'RETURN_TO_SUPPLIER', q.locationId, '4');
    const nc = await reviewedNonconformance([lot.id]);
    expect((await disposition({ id: nc.id, expectedVersion: 2, disposition: 'SCRAP', justification: 'Supplier refuses the late return' })).userErrors).toEqual([]);
    expect((await lotRow(lot.id)).status).toBe('RETURNED');
    expect((await movementsOf(lot.id, 'SCRAP')).map((m) => [m.quantity, m.reference])).toEqual([['4', nc.id]]);
    expect(await onHand(lot.id)).toBe('0.000000');
  });

  it('refuses USE_AS_IS and REWORK of a recalled lot that still holds stock, writing nothing', async () => {
    const lot = await recalled('RC-2');
    const nc = await reviewedNonconformance([lot.id]);
    const before = await written();
    const useAsIs = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'j', concession: { maxQuantity: '5' } });
    expect(useAsIs.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'disposition'] });
    const rework = await disposition({ id: nc.id, expectedVersion: 2, disposition: 'REWORK', justification: 'j' });
    expect(rework.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'disposition'] });
    expect(await written()).toEqual(before);
    expect(await t.sql('SELECT status, version FROM nonconformance WHERE id = $1', [nc.id])).toEqual([{ status: 'UNDER_REVIEW', version: 2 }]);
    expect(await t.sql('SELECT 1 FROM concession WHERE nonconformance_id = $1', [nc.id])).toEqual([]);
  });

  it('does not close a scrap while one of its lots still has stock on hand; once scrapLot writes it off, it closes', async () => {
    const { lot, nonconformance: nc } = await failedAndFoundAgain('SC-1', 'SCRAP', q.otherLocationId, '3');
    const before = await written();
    const early = await closeNc(nc.id);
    expect(early.closeNonconformance.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'id'] });
    expect(await written()).toEqual(before);
    expect(await t.sql('SELECT status, version FROM nonconformance WHERE id = $1', [nc.id])).toEqual([{ status: 'DISPOSITIONED', version: 3 }]);
    const { version } = await lotRow(lot.id);
    const scrap = await t.ok(ScrapLotDocument, { input: { id: lot.id, expectedVersion: version, reason: 'Found stock of a scrapped lot', signature: signed('APPROVED') } }, qa);
    expect(scrap.scrapLot).toMatchObject({ userErrors: [], lot: { status: 'SCRAPPED', version: version + 1 }, signature: { meaning: 'APPROVED', recordType: 'Lot', recordVersion: version + 1 } });
    expect((await closeNc(nc.id)).closeNonconformance.userErrors).toEqual([]);
  });
});

describe('scrapLot and returnLot of lots whose status outlives their stock', () => {
  it('scrapLot of a RECALLED lot scraps what it still holds under a QA signature, and it stays RECALLED', async () => {
    const lot = await recalled('RC-3');
    const input = { id: lot.id, expectedVersion: 4, reason: 'Recalled stock destroyed' };
    expect((await t.gql(ScrapLotDocument, { input: { ...input, signature: signed('APPROVED') } }, 'WAREHOUSE')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const before = await written();
    expect((await t.ok(ScrapLotDocument, { input }, qa)).scrapLot.userErrors[0]).toMatchObject({ code: 'SIGNATURE_REQUIRED' });
    expect((await t.ok(ScrapLotDocument, { input: { ...input, expectedVersion: 3, signature: signed('APPROVED') } }, qa)).scrapLot.userErrors[0]).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(await written()).toEqual(before);
    const res = await t.ok(ScrapLotDocument, { input: { ...input, signature: signed('APPROVED') } }, qa);
    expect(res.scrapLot).toMatchObject({
      userErrors: [],
      lot: { status: 'RECALLED', version: 5 },
      signature: { meaning: 'APPROVED', printedName: 'Signer u-blk-qa', recordType: 'Lot', recordVersion: 5 },
    });
    expect((await movementsOf(lot.id, 'SCRAP')).map((m) => m.quantity).sort()).toEqual(['10', '20']);
    expect(await onHand(lot.id)).toBe('0.000000');
    expect((await t.ok(VerifySignatureDocument, { id: res.scrapLot.signature!.id }, 'AUDITOR')).verifySignature).toMatchObject({ valid: true, recordMatches: true });
    const nothingLeft = await written();
    const again = await t.ok(ScrapLotDocument, { input: { ...input, expectedVersion: 5, signature: signed('APPROVED') } }, qa);
    expect(again.scrapLot.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await written()).toEqual(nothingLeft);
  });

  it('returnLot of an EXPIRED lot returns what it still holds to the supplier, and it stays EXPIRED', async () => {
    const lot = await receive(t, { materialId: q.material.id, supplierId: q.supplier.id, supplierLotNumber: 'EXP-1', quantity: '6', locationId: q.locationId, expiresOn: daysFromToday(5) });
    await q.inspect(lot.id, ['2.35', '2.36']);
    await t.ok(ReleaseLotDocument, { input: { id: lot.id, expectedVersion: 2, reason: 'ok', signature: signed('RELEASED') } }, qa);
    expect(await expireReleasedLots(t.server.platform, daysFromToday(6))).toBeGreaterThanOrEqual(1);
    expect(await lotRow(lot.id)).toEqual({ status: 'EXPIRED', version: 4 });
    const res = await t.ok(ReturnLotDocument, { input: { id: lot.id, expectedVersion: 4, reason: 'Supplier credits expired stock', signature: signed('APPROVED') } }, qa);
    expect(res.returnLot).toMatchObject({ userErrors: [], lot: { status: 'EXPIRED', version: 5 }, signature: { meaning: 'APPROVED' } });
    expect((await movementsOf(lot.id, 'RETURN')).map((m) => m.quantity)).toEqual(['6']);
  });
});

describe('stock of a lot that is not released leaves only through a QA disposition', () => {
  it('refuses the warehouse a SCRAP of stock of a lot that is not released, writing nothing; moving it to another location is fine', async () => {
    const quarantined = await q.lot('WH-Q', '10');
    const onHold = await held('WH-H', '10', '2');
    const recall = await recalled('WH-R', '10', '2');
    const before = await written();
    for (const lot of [quarantined, onHold, recall]) {
      const res = await t.ok(MoveStockDocument, { input: { lotId: lot.id, type: 'SCRAP', fromLocationId: q.locationId, quantity: '1', reason: 'Damaged' } }, 'WAREHOUSE');
      expect(res.moveStock.userErrors[0]).toMatchObject({ code: 'LOT_NOT_RELEASED', field: ['input', 'lotId'] });
    }
    const sample = await t.ok(MoveStockDocument, { input: { lotId: onHold.id, type: 'SAMPLE', fromLocationId: q.locationId, quantity: '1', reason: 'Retained sample' } }, 'WAREHOUSE');
    expect(sample.moveStock.userErrors[0]).toMatchObject({ code: 'LOT_NOT_RELEASED' });
    expect(await written()).toEqual(before);
    expect([await onHand(quarantined.id), await onHand(onHold.id), await onHand(recall.id)]).toEqual(['10.000000', '10.000000', '10.000000']);
    const toCage = await t.ok(
      MoveStockDocument,
      { input: { lotId: recall.id, fromLocationId: q.locationId, toLocationId: q.otherLocationId, quantity: '8', reason: 'To the quarantine cage' } },
      'WAREHOUSE',
    );
    expect(toCage.moveStock).toMatchObject({ userErrors: [], movement: { type: 'TRANSFER', quantity: '8' } });
    const released1 = await released('WH-OK', '10', '2');
    const damaged = await t.ok(MoveStockDocument, { input: { lotId: released1.id, type: 'SCRAP', fromLocationId: q.locationId, quantity: '1', reason: 'Dropped' } }, 'WAREHOUSE');
    expect(damaged.moveStock.userErrors).toEqual([]);
  });

  it("a count that lowers a blocked lot's stock needs QA who may dispose of lots and a signature; a count that raises it is the warehouse's", async () => {
    const lot = await held('CNT-1', '20', '5');
    const count = (countedQuantity: string, extra: object = {}) => ({ lotId: lot.id, locationId: q.locationId, countedQuantity, reason: 'Cycle count', ...extra });
    const before = await written();
    const byWarehouse = await t.ok(AdjustStockDocument, { input: count('13') }, 'WAREHOUSE');
    expect(byWarehouse.adjustStock.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'countedQuantity'] });
    const unsigned = await t.ok(AdjustStockSignedDocument, { input: count('13') }, countingQa);
    expect(unsigned.adjustStock.userErrors[0]).toMatchObject({ code: 'SIGNATURE_REQUIRED', field: ['input', 'signature'] });
    expect(await written()).toEqual(before);
    expect(await onHand(lot.id)).toBe('20.000000');

    const ok = await t.ok(AdjustStockSignedDocument, { input: count('13', { signature: signed('APPROVED', 'Two units missing, investigated') }) }, countingQa);
    expect(ok.adjustStock).toMatchObject({
      userErrors: [],
      movement: { type: 'ADJUST', quantity: '2', fromLocationId: q.locationId },
      signature: { meaning: 'APPROVED', printedName: 'Signer u-blk-count', recordType: 'Lot', recordVersion: 5 },
    });
    expect(await lotRow(lot.id)).toEqual({ status: 'ON_HOLD', version: 5 });
    expect(await t.sql(`SELECT action FROM audit_entry WHERE entity_id = $1 AND action = 'COUNT_CORRECTION'`, [lot.id])).toEqual([{ action: 'COUNT_CORRECTION' }]);

    const signaturesOnLot = () => t.sql(`SELECT id FROM electronic_signature WHERE record_type = 'Lot' AND record_id = $1`, [lot.id]);
    const signedBefore = await signaturesOnLot();
    const up = await t.ok(AdjustStockDocument, { input: count('14', { reason: 'One unit found' }) }, 'WAREHOUSE');
    expect(up.adjustStock).toMatchObject({ userErrors: [], movement: { type: 'ADJUST', quantity: '1', toLocationId: q.locationId } });
    expect(await signaturesOnLot()).toEqual(signedBefore);
    const signedNeedlessly = await t.ok(AdjustStockSignedDocument, { input: count('15', { signature: signed('APPROVED') }) }, countingQa);
    expect(signedNeedlessly.adjustStock.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'signature'] });
    expect(await onHand(lot.id)).toBe('19.000000');
  });
});
