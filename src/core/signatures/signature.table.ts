import type { RequestContext } from '../context';
import { loadByIds, type EntitySpec } from '../graphql/authorized-query';
import { ElectronicSignatureEntity } from './electronic-signature.entity';

export const SIGNATURE_SPEC: EntitySpec<ElectronicSignatureEntity> = {
  entity: ElectronicSignatureEntity,
  subject: 'ElectronicSignature',
  alias: 'es',
  columns: { id: 'id', recordType: 'record_type', signerId: 'signer_id' },
};

export function loadSignatures(ctx: RequestContext, ids: readonly string[]) {
  return loadByIds(ctx, SIGNATURE_SPEC, ids);
}
