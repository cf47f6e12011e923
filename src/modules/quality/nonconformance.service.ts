import type { RequestContext } from '../../core/context';
import { authorizedQuery, type EntitySpec } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import { newId } from '../../core/ids';
import type { UnitOfWork } from '../../core/mutation';
import { diffFields } from '../../core/audit/audit-diff';
import { NonconformanceEntity } from './nonconformance.entity';
import { NonconformanceStatus, type NonconformanceSource } from './quality.enums';
import type { NonconformanceFilter } from './quality.types';

export const NONCONFORMANCE_SPEC: EntitySpec<NonconformanceEntity> = { entity: NonconformanceEntity, subject: 'Nonconformance', alias: 'nc', columns: { id: 'id' } };

export function listNonconformances(ctx: RequestContext, args: ConnectionArgs, filter: NonconformanceFilter = {}): Promise<Connection<NonconformanceEntity>> {
  const qb = authorizedQuery(ctx, NONCONFORMANCE_SPEC);
  if (filter.lotIds) qb.andWhere('nc.lot_ids && :lots::text[]', { lots: filter.lotIds });
  if (filter.status) qb.andWhere('nc.status = ANY(:st)', { st: filter.status });
  if (filter.sources) qb.andWhere('nc.source = ANY(:src)', { src: filter.sources });
  return paginate(qb, args, [
    { column: 'nc.created_at', direction: SortDirection.DESC, value: (n) => n.createdAt },
    { column: 'nc.id', direction: SortDirection.DESC, value: (n) => n.id },
  ]);
}

/** Opens a nonconformance inside the caller's transaction (raised by an inspection, a calibration...). */
export async function openNonconformanceIn(uow: UnitOfWork, data: {
  source: NonconformanceSource; description: string; lotIds: string[]; inspectionId?: string | null; equipmentId?: string | null;
}): Promise<NonconformanceEntity> {
  const { ctx } = uow;
  const nc = await ctx.manager.save(ctx.manager.create(NonconformanceEntity, {
    id: newId('nc'), status: NonconformanceStatus.OPEN, source: data.source, description: data.description, lotIds: data.lotIds,
    inspectionId: data.inspectionId ?? null, equipmentId: data.equipmentId ?? null, openedBy: ctx.principal.name, customFields: {}, version: 1,
  }));
  uow.audit({ action: 'OPEN', entityType: 'Nonconformance', entityId: nc.id, reason: data.description, changes: diffFields(null, nc, ['status', 'source', 'lotIds', 'inspectionId', 'equipmentId']) });
  uow.emit({ type: 'NonconformanceOpened', aggregateType: 'Nonconformance', aggregateId: nc.id, payload: { record: { ...nc } } });
  return nc;
}
