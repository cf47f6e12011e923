import DataLoader from 'dataloader';
import type { RequestContext } from '../context';
import { authorizedQuery } from '../graphql/authorized-query';
import type { ElectronicSignatureEntity } from './electronic-signature.entity';
import { SIGNATURE_SPEC } from './signature.table';

/** Signatures of records of one type, by record id, oldest first, that the caller may read: one statement per page. */
export function signaturesLoader(ctx: RequestContext, recordType: string): DataLoader<string, ElectronicSignatureEntity[]> {
  return ctx.loaders.get(
    `signatures.${recordType}`,
    () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows = await authorizedQuery(ctx, SIGNATURE_SPEC)
          .andWhere('es.record_type = :recordType AND es.record_id = ANY(:ids)', { recordType, ids: [...ids] })
          .orderBy('es.signed_at', 'ASC')
          .getMany();
        const byRecord = new Map<string, ElectronicSignatureEntity[]>(ids.map((id) => [id, []]));
        for (const row of rows) byRecord.get(row.recordId)?.push(row);
        return ids.map((id) => byRecord.get(id) ?? []);
      }),
  );
}
