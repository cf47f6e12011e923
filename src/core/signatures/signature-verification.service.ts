import type { RequestContext } from '../context';
import { assertCan } from '../authz/guard';
import { ErrorCode } from '../graphql/error-code';
import { fail } from '../graphql/user-error';
import { signedContentHash } from './content-hash';
import { ElectronicSignatureEntity } from './electronic-signature.entity';

export interface VerificationResult {
  valid: boolean;
  signature: ElectronicSignatureEntity;
  contentHashMatches: boolean;
  auditTrailMatches: boolean;
  recordMatches: boolean | null;
}

/** Recomputes a signature's hash from what was signed and checks it against the audit trail and the record. */
export async function verifySignature(ctx: RequestContext, id: string): Promise<VerificationResult> {
  assertCan(ctx, 'read', 'ElectronicSignature');
  const signature = await ctx.manager.findOneBy(ElectronicSignatureEntity, { id });
  if (!signature) fail(ErrorCode.NOT_FOUND, `No signature ${id}`, ['id']);
  const recomputed = signedContentHash(signature.recordType, signature.recordId, signature.recordVersion, signature.content);
  const contentHashMatches = recomputed === signature.contentHash;
  const audited: { hash: string | null }[] = await ctx.manager.query(
    `SELECT c -> 'new' ->> 'contentHash' AS hash FROM audit_entry, jsonb_array_elements(changes) c
     WHERE entity_type = $1 AND entity_id = $2 AND action = 'SIGN' AND c -> 'new' ->> 'id' = $3`,
    [signature.recordType, signature.recordId, signature.id],
  );
  const auditTrailMatches = audited.length === 1 && audited[0].hash === recomputed;
  let recordMatches: boolean | null = null;
  const source = ctx.platform.signedContent[signature.recordType];
  const current = source ? await source(ctx.manager, signature.recordId) : null;
  if (current && current.version === signature.recordVersion) {
    recordMatches = signedContentHash(signature.recordType, signature.recordId, current.version, current.content) === recomputed;
  }
  return { valid: contentHashMatches && auditTrailMatches && recordMatches !== false, signature, contentHashMatches, auditTrailMatches, recordMatches };
}
