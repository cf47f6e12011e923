import type { RequestContext } from '../context';
import { newId } from '../ids';
import { ErrorCode } from '../graphql/error-code';
import { fail, userError, UserErrorsException, type UserError } from '../graphql/user-error';
import { inTransaction, type UnitOfWork } from '../mutation';
import { alertEvent } from '../alerts/alert-event';
import { AlertType } from '../alerts/alert-type';
import { signedContentHash } from './content-hash';
import { ElectronicSignatureEntity } from './electronic-signature.entity';
import type { SignatureMeaning } from './signature-meaning';
import type { Signer } from './signer-directory';
import { SigningTurns } from './signing-turns';

/** Failed signing attempts in a row before the signer is locked (21 CFR 11.300(d)). */
export const LOCK_AFTER_FAILED_ATTEMPTS = 5;
export const SIGNING_LOCKED = 'SigningLocked';

export interface SignatureInputData {
  password: string;
  meaning: SignatureMeaning;
  reason: string;
}

/** A signer whose password was just re-checked, with what they mean by signing. */
export interface AuthenticatedSigner {
  signer: Signer;
  meaning: SignatureMeaning;
  reason: string;
}

export interface SignedRecord {
  type: string;
  id: string;
  version: number;
  content: Record<string, unknown>;
  /** Token subject of the record's author; the author may not sign it (separation of duties). */
  authorSubject: string | null;
}

const PATH = ['input', 'signature'];

/** This process's queue of signing attempts per signer: process-wide by nature, like the connection pool it spares. */
const turns = new SigningTurns();

/**
 * Step one of a signing mutation, before its transaction: the JWT identifies the signer, the
 * signing password re-authenticates them (see verifySigner).
 */
export async function authenticateSigner(ctx: RequestContext, signature: SignatureInputData | null | undefined, meanings: SignatureMeaning[]): Promise<AuthenticatedSigner> {
  if (!signature) fail(ErrorCode.SIGNATURE_REQUIRED, 'This step needs an electronic signature', PATH);
  if (!meanings.includes(signature.meaning)) {
    fail(ErrorCode.VALIDATION_FAILED, `The signature meaning must be ${meanings.join(' or ')}`, [...PATH, 'meaning']);
  }
  const reason = signature.reason?.trim() ?? '';
  if (!reason) fail(ErrorCode.VALIDATION_FAILED, 'A signature needs a reason', [...PATH, 'reason']);
  const signer = await verifySigner(ctx, signature.password ?? '');
  return { signer, meaning: signature.meaning, reason };
}

type Attempt = { signer: Signer } | { refusal: UserError };

export interface VerifyOptions {
  /** Changing an aged password re-checks it: the one use an aged password still has. */
  acceptAgedPassword?: boolean;
}

/** When a signing password set at `setAt` stops signing. */
export function signingPasswordExpiresAt(setAt: Date, maxAgeDays: number): Date {
  return new Date(setAt.getTime() + maxAgeDays * 86_400_000);
}

/**
 * Re-authenticates the caller with their signing password. One signer's attempts take turns (in
 * this process through `turns`, across processes under the signer's row lock), and each reads the
 * lock state, checks the password and records the outcome under that lock: at most
 * LOCK_AFTER_FAILED_ATTEMPTS wrong passwords are ever checked, and the attempt that locks stops
 * every later one, the right password included. The outcome commits on its own, so the failed
 * mutation cannot roll a counted failure back. Must run outside any transaction.
 */
export async function verifySigner(ctx: RequestContext, password: string, options: VerifyOptions = {}): Promise<Signer> {
  if (ctx.manager.queryRunner?.isTransactionActive) throw new Error("Signers are verified before the mutation's transaction, never inside one");
  const subject = ctx.principal.kind === 'user' ? ctx.principal.id : null;
  const directory = ctx.platform.signers;
  const maxAgeDays = options.acceptAgedPassword ? null : ctx.platform.config.signing.passwordMaxAgeDays;
  // Refused without waiting for a turn: an unlocked read that shows a lock is final (only an ADMIN lifts one).
  const early = refusalOf(subject ? await directory.findBySubject(ctx.manager, subject) : null, maxAgeDays);
  if ('refusal' in early) throw new UserErrorsException([early.refusal]);
  const outcome = await turns.run(early.signer.userId, () =>
    inTransaction(ctx, async (uow): Promise<Attempt> => {
      const turn = refusalOf(await directory.lockBySubject(uow.ctx.manager, early.signer.subject), maxAgeDays);
      if ('refusal' in turn) {
        uow.unchanged();
        return turn;
      }
      if (!(await directory.verifyPassword(password, turn.signer.passwordHash!))) {
        await countFailedAttempt(uow, turn.signer);
        return { refusal: userError(ErrorCode.SIGNATURE_INVALID, 'The signing password is wrong', [...PATH, 'password']) };
      }
      await clearFailedAttempts(uow, turn.signer);
      return turn;
    }),
  );
  if ('refusal' in outcome) throw new UserErrorsException([outcome.refusal]);
  return outcome.signer;
}

/** Who may try a signing password at all; an aged password is refused without being checked (`maxAgeDays` null: accepted). */
function refusalOf(signer: Signer | null, maxAgeDays: number | null): Attempt {
  if (!signer || !signer.active) return { refusal: userError(ErrorCode.SIGNATURE_INVALID, 'Only active users provisioned in Lotgraph can sign', PATH) };
  if (signer.locked) return { refusal: userError(ErrorCode.SIGNATURE_INVALID, 'Signing is locked after repeated failed attempts; an ADMIN must reset it', PATH) };
  if (!signer.passwordHash) return { refusal: userError(ErrorCode.SIGNATURE_REQUIRED, 'Set a signing password (setSigningPassword) before signing', PATH) };
  const expiresAt = maxAgeDays !== null && signer.passwordSetAt ? signingPasswordExpiresAt(signer.passwordSetAt, maxAgeDays) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    return { refusal: userError(ErrorCode.SIGNING_PASSWORD_EXPIRED, `The signing password expired on ${expiresAt.toISOString()}; set a new one (setSigningPassword) to sign again`, PATH) };
  }
  return { signer };
}

async function countFailedAttempt({ ctx, audit, emit }: UnitOfWork, signer: Signer): Promise<void> {
  const { attempts, lockedNow } = await ctx.platform.signers.recordFailure(ctx.manager, signer.userId, LOCK_AFTER_FAILED_ATTEMPTS);
  audit({ action: 'SIGNATURE_FAILED', entityType: 'User', entityId: signer.userId, changes: [{ field: 'signingFailedAttempts', old: attempts - 1, new: attempts }] });
  if (lockedNow) {
    audit({ action: 'SIGNING_LOCKED', entityType: 'User', entityId: signer.userId, changes: [{ field: 'signingLocked', old: false, new: true }], reason: `${attempts} failed signing attempts` });
    emit({ type: SIGNING_LOCKED, aggregateType: 'User', aggregateId: signer.userId, payload: { userId: signer.userId, printedName: signer.printedName, attempts } });
    // No name in the alert: readers of users with personal data masked receive it too.
    emit(
      alertEvent({
        type: AlertType.SIGNING_LOCKED,
        subject: 'User',
        subjectId: signer.userId,
        message: `Electronic signing locked for user ${signer.userId} after ${attempts} failed attempts; an ADMIN must reset the signing password`,
        details: { userId: signer.userId, attempts },
      }),
    );
  }
}

/** The right password ends a run of failures; the trail shows where the run ended. */
async function clearFailedAttempts({ ctx, audit, unchanged }: UnitOfWork, signer: Signer): Promise<void> {
  if (signer.failedAttempts === 0) return unchanged();
  await ctx.platform.signers.recordSuccess(ctx.manager, signer.userId);
  audit({
    action: 'SIGNING_ATTEMPTS_CLEARED',
    entityType: 'User',
    entityId: signer.userId,
    reason: 'The signing password was verified',
    changes: [{ field: 'signingFailedAttempts', old: signer.failedAttempts, new: 0 }],
  });
}

/**
 * Step two, inside the mutation's transaction once the record is in its signed state: the
 * manifestation (printed name, UTC time, meaning, record type, id, version, content hash),
 * linked to the record in the audit trail.
 */
export async function recordSignature(uow: UnitOfWork, signed: AuthenticatedSigner, record: SignedRecord): Promise<ElectronicSignatureEntity> {
  const { ctx } = uow;
  if (record.authorSubject && record.authorSubject === signed.signer.subject) {
    fail(ErrorCode.FORBIDDEN, `The author of ${record.type} ${record.id} may not sign it (separation of duties)`, PATH);
  }
  const contentHash = signedContentHash(record.type, record.id, record.version, record.content);
  const signature = await ctx.manager.save(
    ctx.manager.create(ElectronicSignatureEntity, {
      id: newId('sig'),
      recordType: record.type,
      recordId: record.id,
      recordVersion: record.version,
      content: record.content,
      contentHash,
      meaning: signed.meaning,
      reason: signed.reason,
      signerId: signed.signer.userId,
      signerSubject: signed.signer.subject,
      printedName: signed.signer.printedName,
      signedAt: new Date(),
      requestId: ctx.requestId,
    }),
  );
  uow.audit({
    action: 'SIGN',
    entityType: record.type,
    entityId: record.id,
    reason: signed.reason,
    changes: [{ field: 'signature', old: null, new: { id: signature.id, meaning: signed.meaning, version: record.version, contentHash, printedName: signed.signer.printedName } }],
  });
  return signature;
}
