import { createTestServer, type TestServer } from '../support/test-server';
import { createSupplier } from '../support/fixtures';
import {
  CreateUserDocument,
  DeactivateUserDocument,
  MeDocument,
  MeWithUserDocument,
  ResetSigningPasswordDocument,
  SetSigningPasswordDocument,
  UpdateUserDocument,
  UsersDocument,
  type CreateUserInput,
} from '../generated/graphql';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

async function createUser(subject: string, extra: Partial<CreateUserInput> = {}) {
  const res = await t.ok(CreateUserDocument, { input: { subject, printedName: `Name ${subject}`, email: `${subject}@plant.example`, roles: ['QA_INSPECTOR'], ...extra } }, 'ADMIN');
  expect(res.createUser.userErrors).toEqual([]);
  return res.createUser.user!;
}

describe('users', () => {
  it('are provisioned by ADMIN only; QA_MANAGER may read but not create', async () => {
    const denied = await t.gql(CreateUserDocument, { input: { subject: 'x', printedName: 'x', roles: ['SALES'] } }, 'QA_MANAGER');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const u = await createUser('u-lin', { roles: ['QA_INSPECTOR', 'QA_INSPECTOR', 'WAREHOUSE'] });
    expect(u).toMatchObject({ status: 'ACTIVE', roles: ['QA_INSPECTOR', 'WAREHOUSE'], hasSigningPassword: false, signingLocked: false });
    const list = await t.ok(UsersDocument, { first: 10, filter: { roles: ['WAREHOUSE'] } }, 'QA_MANAGER');
    expect(list.users!.edges.map((e) => e.node.subject)).toEqual(['u-lin']);
    expect((await t.gql(UsersDocument, { first: 1 }, 'SALES')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses duplicates, empty roles and inconsistent supplier links without writing', async () => {
    await createUser('u-dup');
    const [{ n: before }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
    const dup = await t.ok(CreateUserDocument, { input: { subject: 'u-dup', printedName: 'x', roles: ['SALES'] } }, 'ADMIN');
    expect(dup.createUser.userErrors[0].code).toBe('DUPLICATE');
    const noRoles = await t.ok(CreateUserDocument, { input: { subject: 'u-none', printedName: 'x', roles: [] } }, 'ADMIN');
    expect(noRoles.createUser.userErrors[0].field).toEqual(['input', 'roles']);
    const supplierNoId = await t.ok(CreateUserDocument, { input: { subject: 'u-sup', printedName: 'x', roles: ['SUPPLIER'] } }, 'ADMIN');
    expect(supplierNoId.createUser.userErrors[0].field).toEqual(['input', 'supplierId']);
    const unknownSupplier = await t.ok(CreateUserDocument, { input: { subject: 'u-sup', printedName: 'x', roles: ['SUPPLIER'], supplierId: 'sup_none' } }, 'ADMIN');
    expect(unknownSupplier.createUser.userErrors[0].code).toBe('NOT_FOUND');
    const [{ n: after }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
    expect(after).toBe(before);
    const s = await createSupplier(t, 'USR-SUP');
    const portal = await createUser('u-portal', { roles: ['SUPPLIER'], supplierId: s.id });
    expect(portal.supplierId).toBe(s.id);
  });

  it('updates with a version check and audits the change', async () => {
    const u = await createUser('u-upd');
    const res = await t.ok(UpdateUserDocument, { input: { id: u.id, expectedVersion: 1, printedName: 'Lin Hua (QA)', reason: 'Name on badge' } }, 'ADMIN');
    expect(res.updateUser.user).toMatchObject({ printedName: 'Lin Hua (QA)', version: 2 });
    const stale = await t.ok(UpdateUserDocument, { input: { id: u.id, expectedVersion: 1, printedName: 'x', reason: 'r' } }, 'ADMIN');
    expect(stale.updateUser.userErrors[0].code).toBe('VERSION_CONFLICT');
    const noRoles = await t.ok(UpdateUserDocument, { input: { id: u.id, expectedVersion: 2, roles: [], reason: 'r' } }, 'ADMIN');
    expect(noRoles.updateUser.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'roles'] });
    const strayLink = await t.ok(UpdateUserDocument, { input: { id: u.id, expectedVersion: 2, supplierId: 'sup_x', reason: 'r' } }, 'ADMIN');
    expect(strayLink.updateUser.userErrors[0].field).toEqual(['input', 'supplierId']);
    const [row] = await t.sql<{ version: number; roles: string[] }>('SELECT version, roles FROM app_user WHERE id = $1', [u.id]);
    expect(row).toEqual({ version: 2, roles: ['QA_INSPECTOR'] });
    const audit = await t.sql<{ action: string; reason: string | null; changes: { field: string; old: unknown; new: unknown }[] }>(
      'SELECT action, reason, changes FROM audit_entry WHERE entity_id = $1 ORDER BY seq',
      [u.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audit[1]).toMatchObject({ reason: 'Name on badge', changes: [{ field: 'printedName', old: 'Name u-upd', new: 'Lin Hua (QA)' }] });
    expect(audit[0].changes.map((c) => c.field)).not.toContain('signingPasswordHash');
  });

  it("deactivates for good: the user's still-valid token is refused at once with 401", async () => {
    const u = await createUser('u-leaver');
    const token = t.token({ roles: ['QA_INSPECTOR'], sub: 'u-leaver' });
    expect((await t.gql(MeDocument, {}, `token:${token}`)).status).toBe(200);
    const res = await t.ok(DeactivateUserDocument, { input: { id: u.id, expectedVersion: 1, reason: 'Left the company' } }, 'ADMIN');
    expect(res.deactivateUser.user).toMatchObject({ status: 'DEACTIVATED', deactivationReason: 'Left the company' });
    const after = await t.gql(MeDocument, {}, `token:${token}`);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await t.ok(DeactivateUserDocument, { input: { id: u.id, expectedVersion: 2, reason: 'again' } }, 'ADMIN');
    expect(again.deactivateUser.userErrors[0].code).toBe('INVALID_TRANSITION');
    const edit = await t.ok(UpdateUserDocument, { input: { id: u.id, expectedVersion: 2, printedName: 'x', reason: 'r' } }, 'ADMIN');
    expect(edit.updateUser.userErrors[0].code).toBe('INVALID_TRANSITION');
    expect(await t.sql('SELECT 1 FROM app_user WHERE id = $1', [u.id])).toHaveLength(1);
    const audit = await t.sql<{ action: string; reason: string }>('SELECT action, reason FROM audit_entry WHERE entity_id = $1 ORDER BY seq', [u.id]);
    expect(audit.map((a) => [a.action, a.reason])).toEqual([
      ['CREATE', null],
      ['DEACTIVATE', 'Left the company'],
    ]);
  });

  it('needs a reason and the current version to deactivate', async () => {
    const u = await createUser('u-stay');
    const noReason = await t.ok(DeactivateUserDocument, { input: { id: u.id, expectedVersion: 1, reason: ' ' } }, 'ADMIN');
    expect(noReason.deactivateUser.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'reason'] });
    const stale = await t.ok(DeactivateUserDocument, { input: { id: u.id, expectedVersion: 7, reason: 'Left' } }, 'ADMIN');
    expect(stale.deactivateUser.userErrors[0].code).toBe('VERSION_CONFLICT');
    const denied = await t.gql(DeactivateUserDocument, { input: { id: u.id, expectedVersion: 1, reason: 'Left' } }, 'QA_MANAGER');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.sql('SELECT status, version FROM app_user WHERE id = $1', [u.id])).toEqual([{ status: 'ACTIVE', version: 1 }]);
  });

  it('lets every provisioned caller read their own record through me, even without User read permission', async () => {
    await createUser('u-sales', { roles: ['SALES'] });
    const sales = { roles: ['SALES' as const], sub: 'u-sales' };
    expect((await t.gql(UsersDocument, { first: 1 }, sales)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.ok(MeWithUserDocument, {}, sales)).me!.user).toEqual({ printedName: 'Name u-sales', hasSigningPassword: false, signingPasswordSetAt: null, signingPasswordExpiresAt: null });
  });

  it('masks e-mail for BI_READER and refuses its filtering by e-mail', async () => {
    await createUser('u-bi');
    const res = await t.gql(UsersDocument, { first: 1, filter: { search: 'u-bi' } }, 'BI_READER');
    expect(res.data?.users?.edges[0].node).toMatchObject({ subject: 'u-bi', email: null });
    expect(res.errors?.[0]).toMatchObject({ path: ['users', 'edges', 0, 'node', 'email'], extensions: { code: 'FORBIDDEN' } });
    expect((await t.gql(UsersDocument, { first: 1, filter: { email: 'u-bi@plant.example' } }, 'BI_READER')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sortByEmail = { first: 50, orderBy: [{ field: 'EMAIL' as const, direction: 'ASC' as const }] };
    expect((await t.gql(UsersDocument, sortByEmail, 'BI_READER')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sorted = await t.ok(UsersDocument, sortByEmail, 'AUDITOR');
    const emails = sorted.users!.edges.map((e) => e.node.email ?? '~');
    expect(emails).toEqual([...emails].sort());
  });
});

describe('signing passwords', () => {
  const signer = { roles: ['QA_MANAGER' as const], sub: 'u-signer', name: 'Wang Li' };

  it('are set by the user as a scrypt hash, changed only with the current one, never audited in clear', async () => {
    const u = await createUser('u-signer', { roles: ['QA_MANAGER'] });
    const weak = await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'password' } }, signer);
    expect(weak.setSigningPassword.userErrors[0].field).toEqual(['input', 'newPassword']);
    const set = await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'Release-Batch-0001' } }, signer);
    expect(set.setSigningPassword.user).toMatchObject({ hasSigningPassword: true });
    const [row] = await t.sql<{ signing_password_hash: string }>('SELECT signing_password_hash FROM app_user WHERE id = $1', [u.id]);
    expect(row.signing_password_hash).toMatch(/^scrypt\$/);
    expect(row.signing_password_hash).not.toContain('Release-Batch-0001');
    const noCurrent = await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'Release-Batch-0002' } }, signer);
    expect(noCurrent.setSigningPassword.userErrors[0].code).toBe('SIGNATURE_REQUIRED');
    const wrong = await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'Release-Batch-0002', currentPassword: 'Wrong-Batch-0000' } }, signer);
    expect(wrong.setSigningPassword.userErrors[0].code).toBe('SIGNATURE_INVALID');
    const changed = await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'Release-Batch-0002', currentPassword: 'Release-Batch-0001' } }, signer);
    expect(changed.setSigningPassword.userErrors).toEqual([]);
    const audit = await t.sql<{ changes: unknown }>(`SELECT changes FROM audit_entry WHERE entity_id = $1`, [u.id]);
    expect(JSON.stringify(audit)).not.toMatch(/Release-Batch|scrypt/);
    const [attempts] = await t.sql<{ n: number }>('SELECT signing_failed_attempts AS n FROM app_user WHERE id = $1', [u.id]);
    expect(attempts.n).toBe(0);
    expect((await t.ok(MeWithUserDocument, {}, signer)).me!.user).toMatchObject({ printedName: 'Name u-signer', hasSigningPassword: true });
  });

  it('are refused for callers not provisioned as users; an ADMIN reset clears password and lock', async () => {
    const stranger = await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'Release-Batch-0003' } }, { roles: ['QA_MANAGER'], sub: 'nobody' });
    expect(stranger.setSigningPassword.userErrors[0].code).toBe('FORBIDDEN');
    expect((await t.ok(MeWithUserDocument, {}, { roles: ['QA_MANAGER'], sub: 'nobody' })).me!.user).toBeNull();
    const u = await createUser('u-locked', { roles: ['QA_MANAGER'] });
    await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'Release-Batch-0004' } }, { roles: ['QA_MANAGER'], sub: 'u-locked' });
    // Five failed signatures lock a signer (issue 3 adds the signing flow); simulate the lock here.
    await t.sql('UPDATE app_user SET signing_locked_at = now(), signing_failed_attempts = 5 WHERE id = $1', [u.id]);
    const locked = await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'Release-Batch-0005', currentPassword: 'Release-Batch-0004' } }, { roles: ['QA_MANAGER'], sub: 'u-locked' });
    expect(locked.setSigningPassword.userErrors[0].code).toBe('FORBIDDEN');
    expect((await t.gql(ResetSigningPasswordDocument, { input: { id: u.id, reason: 'r' } }, 'QA_MANAGER')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reset = await t.ok(ResetSigningPasswordDocument, { input: { id: u.id, reason: 'Identity re-verified by HR' } }, 'ADMIN');
    expect(reset.resetSigningPassword.user).toEqual({ hasSigningPassword: false, signingLocked: false });
    const [row] = await t.sql('SELECT signing_password_hash, signing_failed_attempts, signing_locked_at FROM app_user WHERE id = $1', [u.id]);
    expect(row).toEqual({ signing_password_hash: null, signing_failed_attempts: 0, signing_locked_at: null });
    const [audit] = await t.sql<{ reason: string; changes: unknown }>(`SELECT reason, changes FROM audit_entry WHERE entity_id = $1 AND action = 'SIGNING_PASSWORD_RESET'`, [u.id]);
    expect(audit.reason).toBe('Identity re-verified by HR');
    expect(JSON.stringify(audit.changes)).not.toMatch(/scrypt/);
  });

  it('count a wrong current password as a failed signing attempt, up to the lock', async () => {
    const u = await createUser('u-guess', { roles: ['QA_MANAGER'] });
    const guesser = { roles: ['QA_MANAGER' as const], sub: 'u-guess' };
    await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'Release-Batch-0006' } }, guesser);
    for (let i = 0; i < 5; i++) {
      const wrong = await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'Release-Batch-0007', currentPassword: `Guess-Batch-000${i}` } }, guesser);
      expect(wrong.setSigningPassword.userErrors[0]).toMatchObject({ code: 'SIGNATURE_INVALID', field: ['input', 'currentPassword'] });
    }
    const [row] = await t.sql<{ n: number; locked: boolean }>('SELECT signing_failed_attempts AS n, signing_locked_at IS NOT NULL AS locked FROM app_user WHERE id = $1', [u.id]);
    expect(row).toEqual({ n: 5, locked: true });
    const right = await t.ok(SetSigningPasswordDocument, { input: { newPassword: 'Release-Batch-0007', currentPassword: 'Release-Batch-0006' } }, guesser);
    expect(right.setSigningPassword.userErrors[0].code).toBe('FORBIDDEN');
    const actions = await t.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE entity_id = $1 AND action LIKE 'SIGN%' ORDER BY seq`, [u.id]);
    expect(actions.map((a) => a.action)).toEqual(['SIGNING_PASSWORD_SET', ...Array(5).fill('SIGNATURE_FAILED'), 'SIGNING_LOCKED']);
  });
});
