import { forbidden } from '../../core/graphql/errors';
import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail, userError, UserErrorsException } from '../../core/graphql/user-error';
import { verifySigner } from '../../core/signatures/signature.service';
import { inTransaction } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { InputValidator } from '../../core/validation';
import { UserEntity } from './user.entity';
import { UserStatus } from './user.enums';
import { userChangedEvent } from './user.events';
import { findUser, findUserBySubject } from './user.service';
import { hashSigningPassword, signingPasswordProblem } from './signing-password';
import { assertNotRecentlyUsed, retireSigningPassword } from './signing-password-history';
import type { ResetSigningPasswordInput, SetSigningPasswordInput } from './user.types';

/** Audit entries say that the password changed, never what it is. */
const REDACTED = '[redacted]';

const CURRENT_PASSWORD = ['input', 'currentPassword'];

/**
 * Re-checks the current password through the signature mechanism, so a wrong one counts
 * towards the signing lock-out like a failed signature: a stolen token cannot use this
 * mutation to guess the password without limit.
 */
async function reauthenticate(ctx: RequestContext, currentPassword: string | null | undefined): Promise<void> {
  if (!currentPassword) fail(ErrorCode.SIGNATURE_REQUIRED, 'The current signing password is required to change it', CURRENT_PASSWORD);
  try {
    await verifySigner(ctx, currentPassword, { acceptAgedPassword: true });
  } catch (error) {
    if (!(error instanceof UserErrorsException)) throw error;
    throw new UserErrorsException(error.errors.map((e) => userError(e.code, e.message, CURRENT_PASSWORD)));
  }
}

/**
 * The caller sets their own e-signature password (the second component of a signature;
 * the token is the first). Changing an existing one needs the current one.
 */
export async function setSigningPassword(ctx: RequestContext, input: SetSigningPasswordInput): Promise<UserEntity> {
  // Anonymous callers are refused before anything about the input is said, like every other mutation.
  if (ctx.principal.kind !== 'user') throw forbidden('Only a signed-in user can set a signing password');
  const v = new InputValidator();
  const problem = signingPasswordProblem(input.newPassword);
  if (problem) v.fail('newPassword', problem);
  v.throwIfAny();
  const user = await findUserBySubject(ctx, ctx.principal.id);
  if (!user || user.status !== UserStatus.ACTIVE) {
    fail(ErrorCode.FORBIDDEN, 'Only active users provisioned in Lotgraph can sign records; ask an ADMIN to create your user');
  }
  if (user.signingLocked) fail(ErrorCode.FORBIDDEN, 'Signing is locked after failed attempts; an ADMIN must reset it');
  if (user.signingPasswordHash) await reauthenticate(ctx, input.currentPassword);
  const { passwordHistory } = ctx.platform.config.signing;
  await assertNotRecentlyUsed(ctx, user, input.newPassword, passwordHistory);
  const hash = await hashSigningPassword(input.newPassword);
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    // Failed signatures lock the account without changing its version: a burst of wrong passwords
    // (on any process) may have locked it while the current password was checked. Under the
    // signer's row lock that check is final, and the failure count is theirs to keep.
    const now = await tx.platform.signers.lockBySubject(tx.manager, user.subject);
    if (now?.locked) fail(ErrorCode.FORBIDDEN, 'Signing is locked after failed attempts; an ADMIN must reset it');
    // The version read before the password checks: an admin reset in between is a VERSION_CONFLICT.
    const updated = await updateVersioned(tx, UserEntity, user.id, user.version, { signingPasswordHash: hash, signingPasswordSetAt: new Date() });
    await retireSigningPassword(tx, user, passwordHistory);
    audit({
      action: 'SIGNING_PASSWORD_SET',
      entityType: 'User',
      entityId: user.id,
      reason: 'Set by the user',
      changes: [
        { field: 'signingPassword', old: user.signingPasswordHash ? REDACTED : null, new: REDACTED },
        { field: 'signingPasswordSetAt', old: user.signingPasswordSetAt?.toISOString() ?? null, new: updated.signingPasswordSetAt?.toISOString() ?? null },
      ],
    });
    emit(userChangedEvent('UPDATED', updated, ['hasSigningPassword', 'signingPasswordSetAt']));
    return updated;
  });
}

/** An ADMIN clears a user's signing password and lock, e.g. after a lock-out. */
export async function resetSigningPassword(ctx: RequestContext, input: ResetSigningPasswordInput): Promise<UserEntity> {
  assertCan(ctx, 'update', 'User');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    const user = await findUser(tx, input.id);
    const updated = await updateVersioned(tx, UserEntity, user.id, user.version, {
      signingPasswordHash: null,
      signingPasswordSetAt: null,
      signingFailedAttempts: 0,
      signingLockedAt: null,
    });
    // The cleared password stays remembered: the user may not set it again.
    await retireSigningPassword(tx, user, tx.platform.config.signing.passwordHistory);
    audit({
      action: 'SIGNING_PASSWORD_RESET',
      entityType: 'User',
      entityId: user.id,
      reason,
      changes: [
        { field: 'signingPassword', old: user.signingPasswordHash ? REDACTED : null, new: null },
        { field: 'signingPasswordSetAt', old: user.signingPasswordSetAt?.toISOString() ?? null, new: null },
        { field: 'signingLockedAt', old: user.signingLockedAt?.toISOString() ?? null, new: null },
      ],
    });
    emit(userChangedEvent('UPDATED', updated, ['hasSigningPassword', 'signingPasswordSetAt', 'signingLocked']));
    return updated;
  });
}
