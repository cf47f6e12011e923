import { print } from 'graphql';
import { createTestServer, TEST_JWT_SECRET, type Caller, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { receive, receivingSetup, signerUser, SIGNING_PASSWORD } from '../support/lot-fixtures';
import { startPeerServer, type PeerServer } from '../support/peer-process';
import { ReleaseLotDocument, StartLotTestingDocument, type ReleaseLotMutation } from '../generated/graphql';

let t: TestServer;
let peer: PeerServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
beforeAll(async () => {
  t = await createTestServer();
  peer = await startPeerServer({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: t.databaseUrl, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent',
  });
  setup = await receivingSetup(t, 'LOCKM');
}, 60_000);
afterAll(async () => {
  await peer?.stop();
  await t?.close();
});

async function lotUnderTest(supplierLotNumber: string) {
  const lot = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber, quantity: '10', locationId: setup.locationId, manufacturedOn: daysFromToday(-1) });
  const res = await t.ok(StartLotTestingDocument, { input: { id: lot.id, expectedVersion: 1, reason: 'Incoming inspection' } }, 'QA_INSPECTOR');
  expect(res.startLotTesting.userErrors).toEqual([]);
  return lot;
}

/** A releaseLot sent to `serverUrl` (this test's server or the peer process) as `caller`. */
async function releaseAt(serverUrl: string, caller: Caller, lotId: string, password: string): Promise<ReleaseLotMutation['releaseLot']> {
  const res = await fetch(serverUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token(caller)}` },
    body: JSON.stringify({
      query: print(ReleaseLotDocument),
      variables: { input: { id: lotId, expectedVersion: 2, reason: 'Batch record reviewed', signature: { password, meaning: 'RELEASED', reason: 'Released' } } },
    }),
  });
  const body = (await res.json()) as { data?: { releaseLot: ReleaseLotMutation['releaseLot'] }; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.releaseLot;
}

/**
 * Fires the wrong passwords at once (each to its server), then the right one while they are
 * still being checked: as soon as the first of them has been answered.
 */
async function burst(caller: Caller, lotId: string, wrongTo: string[], rightTo: string) {
  const wrong = wrongTo.map((url, i) => releaseAt(url, caller, lotId, `Wrong-Password-${i}`));
  await Promise.race(wrong);
  const right = releaseAt(rightTo, caller, lotId, SIGNING_PASSWORD);
  return { wrong: await Promise.all(wrong), right: await right };
}

async function expectLockedAfterFive(sub: string, lotId: string, results: Awaited<ReturnType<typeof burst>>) {
  const passwordChecks = results.wrong.filter((r) => r.userErrors[0]?.field?.join('.') === 'input.signature.password');
  expect(passwordChecks).toHaveLength(5);
  for (const r of results.wrong) expect(r.userErrors[0]?.code).toBe('SIGNATURE_INVALID');
  expect(results.right).toMatchObject({ lot: null, userErrors: [{ code: 'SIGNATURE_INVALID', field: ['input', 'signature'] }] });
  const [user] = await t.sql<{ id: string; locked: boolean; attempts: number }>(
    'SELECT id, signing_locked_at IS NOT NULL AS locked, signing_failed_attempts AS attempts FROM app_user WHERE subject = $1', [sub]);
  expect(user).toMatchObject({ locked: true, attempts: 5 });
  const audit = await t.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE entity_type = 'User' AND entity_id = $1 AND action <> 'CREATE' AND action <> 'SIGNING_PASSWORD_SET' ORDER BY seq`, [user.id]);
  expect(audit.map((a) => a.action)).toEqual([...Array(5).fill('SIGNATURE_FAILED'), 'SIGNING_LOCKED']);
  expect(await t.sql('SELECT status FROM lot WHERE id = $1', [lotId])).toEqual([{ status: 'UNDER_TEST' }]);
  expect(await t.sql('SELECT 1 FROM electronic_signature WHERE record_id = $1', [lotId])).toEqual([]);
}

describe('the signing lock-out under a parallel burst', () => {
  it('verifies at most five wrong passwords of 15 sent at once, and then refuses the right one too', async () => {
    const signer = await signerUser(t, 'u-burst', ['QA_MANAGER']);
    const lot = await lotUnderTest('SUP-BURST');
    const results = await burst(signer, lot.id, Array(15).fill(t.url), t.url);
    await expectLockedAfterFive('u-burst', lot.id, results);
  });

  it('holds across processes: a burst split over two servers on one database still verifies at most five', async () => {
    const signer = await signerUser(t, 'u-burst-two', ['QA_MANAGER']);
    const lot = await lotUnderTest('SUP-BURST-2');
    const targets = Array.from({ length: 15 }, (_, i) => (i % 2 === 0 ? t.url : peer.url));
    const results = await burst(signer, lot.id, targets, peer.url);
    await expectLockedAfterFive('u-burst-two', lot.id, results);
  });

  it('counts failures in a row: the right password ends the run, and the audit trail shows where', async () => {
    const signer = await signerUser(t, 'u-run', ['QA_MANAGER']);
    const lot = await lotUnderTest('SUP-RUN');
    for (const password of ['Wrong-Password-1', 'Wrong-Password-2']) {
      expect((await releaseAt(t.url, signer, lot.id, password)).userErrors[0].code).toBe('SIGNATURE_INVALID');
    }
    expect(await releaseAt(t.url, signer, lot.id, SIGNING_PASSWORD)).toMatchObject({ lot: { status: 'RELEASED' }, userErrors: [] });
    const [user] = await t.sql<{ id: string; attempts: number }>('SELECT id, signing_failed_attempts AS attempts FROM app_user WHERE subject = $1', ['u-run']);
    expect(user.attempts).toBe(0);
    const audit = await t.sql<{ action: string; changes: unknown }>(
      `SELECT action, changes FROM audit_entry WHERE entity_id = $1 AND action LIKE 'SIGN%' AND action <> 'SIGNING_PASSWORD_SET' ORDER BY seq`, [user.id]);
    expect(audit).toEqual([
      { action: 'SIGNATURE_FAILED', changes: [{ field: 'signingFailedAttempts', old: 0, new: 1 }] },
      { action: 'SIGNATURE_FAILED', changes: [{ field: 'signingFailedAttempts', old: 1, new: 2 }] },
      { action: 'SIGNING_ATTEMPTS_CLEARED', changes: [{ field: 'signingFailedAttempts', old: 2, new: 0 }] },
    ]);
  });
});
