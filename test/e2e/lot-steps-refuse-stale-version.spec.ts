import { createTestServer, type TestServer } from '../support/test-server';
import { lotFootprint, qualityTeam, signed, stepped, type LotStep } from '../support/lot-steps';
import { CloseNonconformanceDocument, DispositionNonconformanceDocument, ReviewNonconformanceDocument } from '../generated/graphql';

/**
 * Optimistic concurrency on every lot step: a client that read the lot at an earlier version is
 * refused with VERSION_CONFLICT and nothing is written, even when the lot has since come back to
 * the status that client saw (a rework cycle, a hold released). Each case then takes the step at
 * the current version, to show the version was the only thing in the way.
 */
let t: TestServer;
let q: Awaited<ReturnType<typeof qualityTeam>>;
let labels = 0;

beforeAll(async () => {
  t = await createTestServer();
  q = await qualityTeam(t, 'STL');
});
afterAll(async () => {
  await t?.close();
});

const label = () => `STL-${++labels}`;

/** Received (QUARANTINE, 1), tested (2), rejected (3), back in QUARANTINE for rework (4). */
async function reworked() {
  const lot = await q.lot(label());
  await stepped(q.steps.reject(lot.id, await stepped(q.steps.startTesting(lot.id, 1))));
  await stepped(q.steps.rework(lot.id, 3));
  return lot.id;
}

/** Inspected and released (RELEASED, 3). */
async function released() {
  const lot = await q.lot(label());
  await q.inspect(lot.id, ['2.35', '2.35']);
  await stepped(q.steps.release(lot.id, 2));
  return lot.id;
}

/** UNDER_TEST at 2, failed (REJECTED, 3), reworked (4), passed again (UNDER_TEST, 5), its nonconformance closed: releasable. */
async function retested() {
  const { lot, nonconformance } = await q.failedLot(label());
  const nc = nonconformance.id;
  await t.ok(ReviewNonconformanceDocument, { input: { id: nc, expectedVersion: 1, summary: 'Tool wear' } }, q.qa);
  await t.ok(DispositionNonconformanceDocument, { input: { id: nc, expectedVersion: 2, disposition: 'REWORK', justification: 'Re-machine', signature: signed('APPROVED') } }, q.qa2);
  await q.inspect(lot.id, ['2.35', '2.35']);
  expect((await t.ok(CloseNonconformanceDocument, { input: { id: nc, expectedVersion: 3, reason: 'Reworked', signature: signed('CLOSED') } }, q.qa)).closeNonconformance.userErrors).toEqual([]);
  return lot.id;
}

/** A lot whose status at `stale` is its status now at `current`, and the step to take on it. */
interface Case {
  prepare: () => Promise<string>;
  stale: number;
  current: number;
  step: () => LotStep;
}

const cases: [string, Case][] = [
  ['startLotTesting (QUARANTINE, after a rework)', { prepare: reworked, stale: 1, current: 4, step: () => q.steps.startTesting }],
  [
    'rejectLot (UNDER_TEST, after a rework)',
    {
      prepare: async () => {
        const id = await reworked();
        await stepped(q.steps.startTesting(id, 4));
        return id;
      },
      stale: 2,
      current: 5,
      step: () => q.steps.reject,
    },
  ],
  ['releaseLot (UNDER_TEST, after a rework)', { prepare: retested, stale: 2, current: 5, step: () => q.steps.release }],
  ['scrapLot (REJECTED, after a rework)', { prepare: rejectedAgain, stale: 3, current: 6, step: () => q.steps.scrap }],
  ['returnLot (REJECTED, after a rework)', { prepare: rejectedAgain, stale: 3, current: 6, step: () => q.steps.return }],
  ['reworkLot (REJECTED, after a rework)', { prepare: rejectedAgain, stale: 3, current: 6, step: () => q.steps.rework }],
  [
    'placeLotOnHold (RELEASED, after a hold was released)',
    {
      prepare: async () => {
        const id = await released();
        await holdAndRelease(id, 3);
        return id;
      },
      stale: 3,
      current: 5,
      step: () => q.steps.hold,
    },
  ],
  ['releaseLotHold (ON_HOLD, held a second time)', { prepare: heldTwice, stale: 4, current: 6, step: () => q.steps.releaseHold }],
  ['rejectLot (ON_HOLD, held a second time)', { prepare: heldTwice, stale: 4, current: 6, step: () => q.steps.reject }],
  ['recallLot (QUARANTINE, after a rework)', { prepare: reworked, stale: 1, current: 4, step: () => q.steps.recall }],
];

/** Reworked (4), tested (5) and rejected again (REJECTED, 6). */
async function rejectedAgain() {
  const id = await reworked();
  await stepped(q.steps.reject(id, await stepped(q.steps.startTesting(id, 4))));
  return id;
}

async function holdAndRelease(id: string, version: number) {
  await stepped(q.steps.releaseHold(id, await stepped(q.steps.hold(id, version))));
}

/** Released (3), held (4), hold released (5), held again (ON_HOLD, 6). */
async function heldTwice() {
  const id = await released();
  await holdAndRelease(id, 3);
  await stepped(q.steps.hold(id, 5));
  return id;
}

describe('lot steps at a stale expectedVersion', () => {
  it.each(cases)('%s: VERSION_CONFLICT, nothing written; then taken at the current version', async (_name, c) => {
    const lotId = await c.prepare();
    const step = c.step();
    const before = await lotFootprint(t, lotId);
    const refused = await step(lotId, c.stale);
    expect(refused).toMatchObject({ lot: null, userErrors: [{ code: 'VERSION_CONFLICT' }] });
    expect(await lotFootprint(t, lotId)).toEqual(before);
    const taken = await step(lotId, c.current);
    expect(taken.userErrors).toEqual([]);
    expect(taken.lot?.status).not.toBe(before.lot[0].status);
  });
});
