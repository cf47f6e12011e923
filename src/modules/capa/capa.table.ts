import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { authorizedQuery, type EntitySpec } from '../../core/graphql/authorized-query';
import { CAPA } from './capa.declaration';
import { CapaActionEntity, CapaEntity } from './capa.entity';

export const CAPA_SPEC = CAPA.spec;
export const CAPA_ACTION_SPEC: EntitySpec<CapaActionEntity> = {
  entity: CapaActionEntity,
  subject: 'CapaAction',
  alias: 'ca',
  columns: { id: 'id', capaId: 'capa_id', ownerId: 'owner_id', status: 'status' },
};

/** A CAPA's actions in plan order, for a page of CAPAs in one statement. */
export function capaActionsLoader(ctx: RequestContext): DataLoader<string, CapaActionEntity[]> {
  return ctx.loaders.get(
    'capa.actions',
    () =>
      new DataLoader(async (capaIds: readonly string[]) => {
        const rows = await authorizedQuery(ctx, CAPA_ACTION_SPEC)
          .andWhere('ca.capa_id = ANY(:ids)', { ids: [...capaIds] })
          .orderBy('ca.capa_id')
          .addOrderBy('ca.seq')
          .getMany();
        return capaIds.map((id) => rows.filter((r) => r.capaId === id));
      }),
  );
}

/** CAPAs raised from each nonconformance. */
export function capasByNonconformanceLoader(ctx: RequestContext): DataLoader<string, CapaEntity[]> {
  return ctx.loaders.get(
    'capa.byNonconformance',
    () =>
      new DataLoader(async (ncIds: readonly string[]) => {
        const rows = await authorizedQuery(ctx, CAPA_SPEC)
          .andWhere('capa.nonconformance_ids && :ids::text[]', { ids: [...ncIds] })
          .orderBy('capa.created_at')
          .getMany();
        return ncIds.map((id) => rows.filter((r) => r.nonconformanceIds.includes(id)));
      }),
  );
}
