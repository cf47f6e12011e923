import { createTestServer, type TestServer } from '../support/test-server';
import { createMaterial, daysFromToday } from '../support/fixtures';
import { lotFootprint, qualityTeam, signed, stepped } from '../support/lot-steps';
import {
  ConsumeLotDocument,
  CreateBomDocument,
  CreateWorkOrderDocument,
  DispositionNonconformanceDocument,
  ProduceLotDocument,
  ReleaseWorkOrderDocument,
  ReviewNonconformanceDocument,
  SetMaterialStatusDocument,
} from '../generated/graphql';

/**
 * An expired lot never becomes usable, not even until the hourly expiry job runs: producing a lot
 * already past its date, releasing it, releasing it from hold and releasing it conditionally are
 * refused at the step, with LOT_EXPIRED, and write nothing.
 */
let t: TestServer;
let team: Awaited<ReturnType<typeof qualityTeam>>;

/** Time passes: the lot's expiry date is moved into the past (the server stamps dates with its own clock). */
const expireYesterday = (lotId: string) => t.sql('UPDATE lot SET expires_on = $2 WHERE id = $1', [lotId, daysFromToday(-1)]);
const lotCount = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM lot'))[0].n;

beforeAll(async () => {
  t = await createTestServer();
  team = await qualityTeam(t, 'EXP');
});
afterAll(async () => {
  await t?.close();
});

describe('a lot already past its expiry date', () => {
  it('is not produced, whether its expiry is given or follows from its manufacture date and shelf life', async () => {
    const product = await createMaterial(t, 'EXP-FIN', { shelfLifeDays: 30, lotNumberPattern: 'EXP-FIN-{SEQ:3}' });
    await t.ok(SetMaterialStatusDocument, { input: { id: product.id, expectedVersion: 1, status: 'ACTIVE', reason: 'r' } }, 'QA_MANAGER');
    const bom = await t.ok(
      CreateBomDocument,
      { input: { productMaterialId: product.id, revision: 'A', reason: 'NPI', lines: [{ componentMaterialId: team.material.id, quantityPer: '1' }] } },
      'QA_MANAGER',
    );
    const wo = await t.ok(CreateWorkOrderDocument, { input: { number: 'WO-EXP', bomId: bom.createBom.bom!.id, siteId: team.siteId, quantity: '10' } }, 'PRODUCTION');
    const workOrderId = wo.createWorkOrder.workOrder!.id;
    await t.ok(ReleaseWorkOrderDocument, { input: { id: workOrderId, expectedVersion: 1, reason: 'Scheduled' } }, 'PRODUCTION');
    const component = await team.lot('EXP-COMPONENT');
    await team.inspect(component.id, ['2.35', '2.36']);
    await stepped(team.steps.release(component.id, 2));
    const consumed = await t.ok(ConsumeLotDocument, { input: { workOrderId, lotId: component.id, fromLocationId: team.locationId, quantity: '5' } }, 'PRODUCTION');
    expect(consumed.consumeLot.userErrors).toEqual([]);

    const before = await lotCount();
    const produce = async (dates: { manufacturedOn?: string; expiresOn?: string }) =>
      (await t.ok(ProduceLotDocument, { input: { workOrderId, quantity: '1', locationId: team.locationId, ...dates } }, 'PRODUCTION')).produceLot;
    const given = await produce({ manufacturedOn: daysFromToday(-400), expiresOn: daysFromToday(-1) });
    expect(given).toMatchObject({ lot: null, userErrors: [{ code: 'LOT_EXPIRED', field: ['input', 'expiresOn'] }] });
    const byShelfLife = await produce({ manufacturedOn: daysFromToday(-31) });
    expect(byShelfLife).toMatchObject({ lot: null, userErrors: [{ code: 'LOT_EXPIRED', field: ['input', 'expiresOn'] }] });
    expect(await lotCount()).toBe(before);

    const inDate = await produce({ manufacturedOn: daysFromToday(-29) });
    expect(inDate).toMatchObject({ userErrors: [], lot: { status: 'QUARANTINE' } });
  });

  it('is not released: the signed release is refused and the lot stays UNDER_TEST', async () => {
    const lot = await team.lot('EXP-RELEASE');
    await team.inspect(lot.id, ['2.35', '2.36']);
    await expireYesterday(lot.id);
    const before = await lotFootprint(t, lot.id);
    const refused = await team.steps.release(lot.id, 2);
    expect(refused).toMatchObject({ lot: null, userErrors: [{ code: 'LOT_EXPIRED', field: ['input', 'id'] }] });
    expect(await lotFootprint(t, lot.id)).toEqual(before);
  });

  it('is not released from a hold', async () => {
    const lot = await team.lot('EXP-HOLD');
    await team.inspect(lot.id, ['2.35', '2.36']);
    const held = await stepped(team.steps.hold(lot.id, await stepped(team.steps.release(lot.id, 2))));
    await expireYesterday(lot.id);
    const before = await lotFootprint(t, lot.id);
    expect(await team.steps.releaseHold(lot.id, held)).toMatchObject({ lot: null, userErrors: [{ code: 'LOT_EXPIRED' }] });
    expect(await lotFootprint(t, lot.id)).toEqual(before);
  });

  it('is not released conditionally: a USE_AS_IS disposition of its nonconformance is refused as a whole', async () => {
    const failed = await team.failedLot('EXP-CONDITIONAL');
    await expireYesterday(failed.lot.id);
    await t.ok(ReviewNonconformanceDocument, { input: { id: failed.nonconformance.id, expectedVersion: 1, summary: 'Cosmetic only' } }, team.qa);
    const before = await lotFootprint(t, failed.lot.id);
    const disp = await t.ok(
      DispositionNonconformanceDocument,
      {
        input: { id: failed.nonconformance.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'Cosmetic', concession: { maxQuantity: '10' }, signature: signed('APPROVED') },
      },
      team.qa2,
    );
    expect(disp.dispositionNonconformance).toMatchObject({ concession: null, userErrors: [{ code: 'LOT_EXPIRED' }] });
    expect(await lotFootprint(t, failed.lot.id)).toMatchObject({ ...before, lot: [{ status: 'REJECTED', concession_id: null }] });
  });
});
