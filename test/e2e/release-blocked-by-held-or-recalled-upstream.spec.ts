import { createTestServer, type TestServer } from '../support/test-server';
import { receive, receivingSetup, signerUser } from '../support/lot-fixtures';
import { productsOf } from '../support/genealogy-fixtures';
import { lotFootprint, lotSteps, stepped } from '../support/lot-steps';
import { PlaceLotOnHoldDocument } from '../generated/graphql';

/**
 * A lot made from a lot that is on hold or recalled is not released while that lasts, at any
 * depth of its genealogy: what it was made from is in doubt. (None of these materials has an
 * inspection plan, so nothing else stands in the way of a release.)
 */
let t: TestServer;
let plant: Awaited<ReturnType<typeof receivingSetup>>;
let products: Awaited<ReturnType<typeof productsOf>>;
let steps: ReturnType<typeof lotSteps>;

beforeAll(async () => {
  t = await createTestServer();
  plant = await receivingSetup(t, 'UPS');
  products = await productsOf(t, plant, 'UPS');
  steps = lotSteps(t, await signerUser(t, 'u-ups-qa', ['QA_MANAGER']));
});
afterAll(async () => {
  await t?.close();
});

/** A received lot, released (version 3). */
async function releasedRawLot(label: string) {
  const lot = await receive(t, { materialId: plant.material.id, supplierId: plant.supplier.id, supplierLotNumber: label, quantity: '20', locationId: plant.locationId });
  await stepped(steps.release(lot.id, await stepped(steps.startTesting(lot.id, 1))));
  return lot.id;
}

/** Holds a RELEASED lot (version 3 -> 4), optionally with the released lots made from it. */
async function hold(lotId: string, propagateForward = false) {
  const res = await t.ok(PlaceLotOnHoldDocument, { input: { id: lotId, expectedVersion: 3, reason: 'Supplier deviation notice', propagateForward } }, 'QA_MANAGER');
  expect(res.placeLotOnHold.userErrors).toEqual([]);
}

async function expectReleaseRefused(release: Promise<{ lot: unknown; userErrors: unknown[] }>, lotId: string, code: string) {
  const before = await lotFootprint(t, lotId);
  const res = await release;
  expect(res).toMatchObject({ lot: null, userErrors: [{ code, field: ['input', 'id'] }] });
  expect(await lotFootprint(t, lotId)).toEqual(before);
}

describe('a release waits for the lots it was made from', () => {
  it('refuses a lot made from a lot on hold, and releases it once the hold is released', async () => {
    const raw = await releasedRawLot('UPS-H1');
    const sub = await products.madeFrom(products.sub, [raw]);
    await hold(raw);
    const version = await stepped(steps.startTesting(sub.id, 1));
    await expectReleaseRefused(steps.release(sub.id, version), sub.id, 'VALIDATION_FAILED');
    await stepped(steps.releaseHold(raw, 4));
    expect((await steps.release(sub.id, version)).lot?.status).toBe('RELEASED');
  });

  it('refuses a lot whose component two levels up is on hold while the one between is still released', async () => {
    const raw = await releasedRawLot('UPS-H2');
    const sub = await products.madeFrom(products.sub, [raw]);
    await stepped(steps.release(sub.id, await stepped(steps.startTesting(sub.id, 1))));
    const fin = await products.madeFrom(products.fin, [sub.id]);
    await hold(raw);
    expect((await t.sql<{ status: string }>('SELECT status FROM lot WHERE id = $1', [sub.id]))[0].status).toBe('RELEASED');
    const version = await stepped(steps.startTesting(fin.id, 1));
    await expectReleaseRefused(steps.release(fin.id, version), fin.id, 'VALIDATION_FAILED');
    await stepped(steps.releaseHold(raw, 4));
    expect((await steps.release(fin.id, version)).lot?.status).toBe('RELEASED');
  });

  it('refuses to release the hold of a lot while the lot it was made from is still held', async () => {
    const raw = await releasedRawLot('UPS-H3');
    const sub = await products.madeFrom(products.sub, [raw]);
    await stepped(steps.release(sub.id, await stepped(steps.startTesting(sub.id, 1))));
    await hold(raw, true);
    await expectReleaseRefused(steps.releaseHold(sub.id, 4), sub.id, 'VALIDATION_FAILED');
    await stepped(steps.releaseHold(raw, 4));
    expect((await steps.releaseHold(sub.id, 4)).lot?.status).toBe('RELEASED');
  });

  it('never releases a lot made from a recalled lot, directly or two levels down: the recall took it along', async () => {
    const raw = await releasedRawLot('UPS-R1');
    const sub = await products.madeFrom(products.sub, [raw]);
    await stepped(steps.release(sub.id, await stepped(steps.startTesting(sub.id, 1))));
    const fin = await products.madeFrom(products.fin, [sub.id]);
    const testing = await stepped(steps.startTesting(fin.id, 1));
    expect((await steps.recall(raw, 3)).userErrors).toEqual([]);
    await expectReleaseRefused(steps.release(fin.id, testing), fin.id, 'INVALID_TRANSITION');
    await expectReleaseRefused(steps.releaseHold(sub.id, 3), sub.id, 'INVALID_TRANSITION');
    const statuses = await t.sql<{ status: string }>('SELECT status FROM lot WHERE id = ANY($1)', [[raw, sub.id, fin.id]]);
    expect(statuses.map((s) => s.status)).toEqual(['RECALLED', 'RECALLED', 'RECALLED']);
  });
});
