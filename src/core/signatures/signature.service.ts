import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { ErrorCode } from '../graphql/error-code';
import { fail, userError, UserErrorsException } from '../graphql/user-error';
import { inTransaction, type UnitOfWork } from '../mutation';
import { alertEvent } from '../alerts/alert-event';
import { AlertType } from '../alerts/alert-type';
import { signedContentHash } from './content-hash';
import { ElectronicSignatureEntity } from './electronic-signature.entity';
import type { SignatureMeaning } from './signature-meaning';
import type { Signer } from './signer-directory';

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

/**
 * Step one of a signing mutation, before its transaction: the JWT identifies the signer, the
 * signing password re-authenticates them. A wrong password is counted (and may lock the
 * signer) in its own committed transaction, so the failed mutation cannot roll it back.
 */
export async function authenticateSigner(
  ctx: RequestContext,
  signature: SignatureInputData | null | undefined,
  meanings: SignatureMeaning[],
): Promise<AuthenticatedSigner> {
  if (!signature) fail(ErrorCode.SIGNATURE_REQUIRED, 'This step needs an electronic signature', PATH);
  if (!meanings.includes(signature.meaning)) {
    fail(ErrorCode.VALIDATION_FAILED, `The signature meaning must be ${meanings.join(' or ')}`, [...PATH, 'meaning']);
  }
  const reason = signature.reason?.trim() ?? '';
  if (!reason) fail(ErrorCode.VALIDATION_FAILED, 'A signature needs a reason', [...PATH, 'reason']);
  const directory = ctx.platform.signers;
  const signer = ctx.principal.kind === 'user' ? await directory.findBySubject(ctx.manager, ctx.principal.id) : null;
  if (!signer || !signer.active) fail(ErrorCode.SIGNATURE_INVALID, 'Only active users provisioned in Lotgraph can sign', PATH);
  if (signer.locked) fail(ErrorCode.SIGNATURE_INVALID, 'Signing is locked after repeated failed attempts; an ADMIN must reset it', PATH);
  if (!signer.passwordHash) fail(ErrorCode.SIGNATURE_REQUIRED, 'Set a signing password (setSigningPassword) before signing', PATH);
  if (!(await directory.verifyPassword(signature.password ?? '', signer.passwordHash))) {
    await countFailedAttempt(ctx, signer);
    throw new UserErrorsException([userError(ErrorCode.SIGNATURE_INVALID, 'The signing password is wrong', [...PATH, 'password'])]);
  }
  return { signer, meaning: signature.meaning, reason };
}

async function countFailedAttempt(ctx: RequestContext, signer: Signer): Promise<void> {
  await inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    const { attempts, lockedNow } = await ctx.platform.signers.recordFailure(tx.manager, signer.userId, LOCK_AFTER_FAILED_ATTEMPTS);
    audit({ action: 'SIGNATURE_FAILED', entityType: 'User', entityId: signer.userId, changes: [{ field: 'signingFailedAttempts', old: attempts - 1, new: attempts }] });
    if (lockedNow) {
      audit({ action: 'SIGNING_LOCKED', entityType: 'User', entityId: signer.userId, changes: [{ field: 'signingLocked', old: false, new: true }], reason: `${attempts} failed signing attempts` });
      emit({ type: SIGNING_LOCKED, aggregateType: 'User', aggregateId: signer.userId, payload: { userId: signer.userId, printedName: signer.printedName, attempts } });
      // No name in the alert: readers of users with personal data masked receive it too.
      emit(alertEvent({
        type: AlertType.SIGNING_LOCKED, subject: 'User', subjectId: signer.userId,
        message: `Electronic signing locked for user ${signer.userId} after ${attempts} failed attempts; an ADMIN must reset the signing password`,
        details: { userId: signer.userId, attempts },
      }));
    }
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
  const signature = await ctx.manager.save(ctx.manager.create(ElectronicSignatureEntity, {
    id: `sig_${randomUUID().replace(/-/g, '')}`,
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
  }));
  await ctx.platform.signers.recordSuccess(ctx.manager, signed.signer.userId);
  uow.audit({
    action: 'SIGN', entityType: record.type, entityId: record.id, reason: signed.reason,
    changes: [{ field: 'signature', old: null, new: { id: signature.id, meaning: signed.meaning, version: record.version, contentHash, printedName: signed.signer.printedName } }],
  });
  return signature;
}
