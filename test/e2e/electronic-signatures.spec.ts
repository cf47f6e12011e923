import { print } from 'graphql';
import pino from 'pino';
import { Client as PgClient } from 'pg';
import { until } from '../support/server-process';
import { createTestServer, TEST_JWT_SECRET, type Caller, type TestServer } from '../support/test-server';
import { createTestDatabase } from '../support/test-database';
import { createDataSource } from '../../src/db/data-source';
import { SigningPasswordAgeAndHistory1764000001650 } from '../../migrations/1764000001650-SigningPasswordAgeAndHistory';
import { daysFromToday } from '../support/fixtures';
import { receive, receivingSetup, signerUser, SIGNING_PASSWORD, userBySubject } from '../support/lot-fixtures';
import { startPeerServer, type PeerServer } from '../support/peer-process';
import { MeWithUserDocument, ReleaseLotDocument, ResetSigningPasswordDocument, SetSigningPasswordDocument, StartLotTestingDocument, type ReleaseLotMutation } from '../generated/graphql';

// Settings other than the defaults, so the tests show they are honoured.
const SIGNING_SETTINGS = { SIGNING_PASSWORD_MAX_AGE_DAYS: '30', SIGNING_PASSWORD_HISTORY: '2' };

let t: TestServer;
let peer: PeerServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
beforeAll(async () => {
  t = await createTestServer(SIGNING_SETTINGS);
  peer = await startPeerServer({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: t.databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    ...SIGNING_SETTINGS,
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

/** The run of failed signing attempts: kept by the server, not shown through the API. */
const failedAttempts = async (userId: string) => (await t.sql<{ n: number }>('SELECT signing_failed_attempts AS n FROM app_user WHERE id = $1', [userId]))[0].n;

async function expectLockedAfterFive(sub: string, lotId: string, results: Awaited<ReturnType<typeof burst>>) {
  const passwordChecks = results.wrong.filter((r) => r.userErrors[0]?.field?.join('.') === 'input.signature.password');
  expect(passwordChecks).toHaveLength(5);
  for (const r of results.wrong) expect(r.userErrors[0]?.code).toBe('SIGNATURE_INVALID');
  expect(results.right).toMatchObject({ lot: null, userErrors: [{ code: 'SIGNATURE_INVALID', field: ['input', 'signature'] }] });
  const user = await userBySubject(t, sub);
  expect(user.signingLocked).toBe(true);
  expect(await failedAttempts(user.id)).toBe(5);
  const audit = await t.sql<{ action: string }>(
    `SELECT action FROM audit_entry WHERE entity_type = 'User' AND entity_id = $1 AND action <> 'CREATE' AND action <> 'SIGNING_PASSWORD_SET' ORDER BY seq`,
    [user.id],
  );
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

  it('refuses a new signing password once a burst has locked the signer while its current password was being checked', async () => {
    const signer = await signerUser(t, 'u-set-locked', ['QA_MANAGER']);
    const lot = await lotUnderTest('SUP-SET-LOCKED');
    const { id } = await userBySubject(t, 'u-set-locked');
    const [before] = await t.sql<{ hash: string }>('SELECT signing_password_hash AS hash FROM app_user WHERE id = $1', [id]);
    // Hold setSigningPassword between its check of the current password and its write: it reads
    // the password history there, which a session holding that table now keeps waiting.
    const holder = new PgClient({ connectionString: t.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE signing_password_history IN ACCESS EXCLUSIVE MODE');
      const setting = t.ok(SetSigningPasswordDocument, { input: { currentPassword: SIGNING_PASSWORD, newPassword: 'Fresh-Batch-2026' } }, signer);
      await until(
        async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'signing_password_history'::regclass AND NOT granted`))[0].n > 0,
        10_000,
        'setSigningPassword to wait',
      );
      // Meanwhile five wrong signatures, split over both processes, lock the signer.
      await Promise.all(Array.from({ length: 5 }, (_, i) => releaseAt(i % 2 ? peer.url : t.url, signer, lot.id, `Wrong-Password-${i}`)));
      expect((await userBySubject(t, 'u-set-locked')).signingLocked).toBe(true);
      await holder.query('COMMIT');
      expect((await setting).setSigningPassword.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    } finally {
      await holder.end();
    }
    // Still locked, its failures still counted, its password unchanged.
    expect((await userBySubject(t, 'u-set-locked')).signingLocked).toBe(true);
    expect(await failedAttempts(id)).toBe(5);
    expect(await t.sql('SELECT signing_password_hash AS hash FROM app_user WHERE id = $1', [id])).toEqual([before]);
  }, 60_000);

  it('counts failures in a row: the right password ends the run, and the audit trail shows where', async () => {
    const signer = await signerUser(t, 'u-run', ['QA_MANAGER']);
    const lot = await lotUnderTest('SUP-RUN');
    for (const password of ['Wrong-Password-1', 'Wrong-Password-2']) {
      expect((await releaseAt(t.url, signer, lot.id, password)).userErrors[0].code).toBe('SIGNATURE_INVALID');
    }
    expect(await releaseAt(t.url, signer, lot.id, SIGNING_PASSWORD)).toMatchObject({ lot: { status: 'RELEASED' }, userErrors: [] });
    const user = await userBySubject(t, 'u-run');
    expect(await failedAttempts(user.id)).toBe(0);
    const audit = await t.sql<{ action: string; changes: unknown }>(
      `SELECT action, changes FROM audit_entry WHERE entity_id = $1 AND action LIKE 'SIGN%' AND action <> 'SIGNING_PASSWORD_SET' ORDER BY seq`,
      [user.id],
    );
    expect(audit).toEqual([
      { action: 'SIGNATURE_FAILED', changes: [{ field: 'signingFailedAttempts', old: 0, new: 1 }] },
      { action: 'SIGNATURE_FAILED', changes: [{ field: 'signingFailedAttempts', old: 1, new: 2 }] },
      { action: 'SIGNING_ATTEMPTS_CLEARED', changes: [{ field: 'signingFailedAttempts', old: 2, new: 0 }] },
    ]);
  });
});

describe('signing password age and history', () => {
  const change = async (caller: Caller, currentPassword: string | null, newPassword: string) =>
    (await t.ok(SetSigningPasswordDocument, { input: { currentPassword, newPassword } }, caller)).setSigningPassword.userErrors;

  it('refuses an aged password with SIGNING_PASSWORD_EXPIRED, uncounted, until its owner sets a new one with it', async () => {
    const signer = await signerUser(t, 'u-aged', ['QA_MANAGER']);
    const { user } = (await t.ok(MeWithUserDocument, {}, signer)).me!;
    expect(Date.parse(user!.signingPasswordExpiresAt!) - Date.parse(user!.signingPasswordSetAt!)).toBe(30 * 86_400_000);
    // Time passes: the password is made 31 days old directly, as no mutation can.
    await t.sql(`UPDATE app_user SET signing_password_set_at = now() - interval '31 days' WHERE subject = 'u-aged'`);
    const lot = await lotUnderTest('SUP-AGED');
    for (const password of [SIGNING_PASSWORD, 'Wrong-Password-9']) {
      expect(await releaseAt(t.url, signer, lot.id, password)).toMatchObject({ lot: null, userErrors: [{ code: 'SIGNING_PASSWORD_EXPIRED', field: ['input', 'signature'] }] });
    }
    const aged = await userBySubject(t, 'u-aged');
    expect(await failedAttempts(aged.id)).toBe(0);
    expect(await t.sql('SELECT status FROM lot WHERE id = $1', [lot.id])).toEqual([{ status: 'UNDER_TEST' }]);

    expect(await change(signer, SIGNING_PASSWORD, 'Renewed-Batch-2026')).toEqual([]);
    expect(await releaseAt(t.url, signer, lot.id, 'Renewed-Batch-2026')).toMatchObject({ lot: { status: 'RELEASED' }, userErrors: [] });
    const [set] = await t.sql<{ changes: { field: string; old: unknown; new: unknown }[] }>(
      `SELECT changes FROM audit_entry WHERE entity_id = $1 AND action = 'SIGNING_PASSWORD_SET' ORDER BY seq DESC LIMIT 1`,
      [aged.id],
    );
    expect(set.changes).toEqual([
      { field: 'signingPassword', old: '[redacted]', new: '[redacted]' },
      { field: 'signingPasswordSetAt', old: expect.any(String), new: expect.any(String) },
    ]);
    expect(Date.now() - Date.parse(set.changes[1].old as string)).toBeGreaterThan(31 * 86_400_000 - 60_000);
  });

  it('refuses the last SIGNING_PASSWORD_HISTORY passwords (2 here), an ADMIN-cleared one included, writing nothing', async () => {
    const signer = await signerUser(t, 'u-history', ['QA_MANAGER']);
    const reused = [expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['input', 'newPassword'] })];
    expect(await change(signer, SIGNING_PASSWORD, SIGNING_PASSWORD)).toEqual(reused);
    expect(await change(signer, SIGNING_PASSWORD, 'Second-Batch-2026')).toEqual([]);
    const snapshot = () =>
      t.sql(`SELECT u.version, u.signing_password_hash, (SELECT count(*)::int FROM audit_entry a WHERE a.entity_id = u.id) AS audit
                                  FROM app_user u WHERE u.subject = 'u-history'`);
    const before = await snapshot();
    expect(await change(signer, 'Second-Batch-2026', SIGNING_PASSWORD)).toEqual(reused);
    expect(await snapshot()).toEqual(before);
    expect(await change(signer, 'Second-Batch-2026', 'Third-Batch-2026')).toEqual([]);
    // Two newer passwords later, the first may come back.
    expect(await change(signer, 'Third-Batch-2026', SIGNING_PASSWORD)).toEqual([]);

    const { id } = await userBySubject(t, 'u-history');
    expect((await t.ok(ResetSigningPasswordDocument, { input: { id, reason: 'Forgotten' } }, 'ADMIN')).resetSigningPassword.userErrors).toEqual([]);
    expect(await change(signer, null, SIGNING_PASSWORD)).toEqual(reused);
    expect(await change(signer, null, 'Third-Batch-2026')).toEqual(reused);
    expect(await change(signer, null, 'Fourth-Batch-2026')).toEqual([]);
    expect(await t.sql('SELECT count(*)::int AS n FROM signing_password_history WHERE user_id = $1', [id])).toEqual([{ n: 2 }]);
    // About thirty scrypt hashes and comparisons: slow on a loaded 2-core CI machine.
  }, 120_000);

  it('dates every password set before the migration at the migration, so the migration expires none', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource({ url: db.url, entities: [], log: pino({ level: 'silent' }), poolSize: 1 });
    await ds.initialize();
    try {
      const migration = new SigningPasswordAgeAndHistory1764000001650();
      const q = ds.createQueryRunner();
      await migration.down(q);
      await q.query(`INSERT INTO app_user (id, subject, printed_name, roles, signing_password_hash) VALUES
        ('usr_old', 'old', 'Old Signer', '{QA_MANAGER}', 'scrypt$32768$8$1$c2FsdA==$aGFzaA=='), ('usr_none', 'none', 'No Password', '{AUDITOR}', NULL)`);
      await migration.up(q);
      const rows = await q.query(`SELECT id, printed_name, signing_password_hash, now() - signing_password_set_at < interval '1 minute' AS recent
                                  FROM app_user ORDER BY id`);
      expect(rows).toEqual([
        { id: 'usr_none', printed_name: 'No Password', signing_password_hash: null, recent: null },
        { id: 'usr_old', printed_name: 'Old Signer', signing_password_hash: 'scrypt$32768$8$1$c2FsdA==$aGFzaA==', recent: true },
      ]);
      await q.release();
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
