import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { diffFields } from '../../core/audit/audit-diff';
import { todayUtc } from '../../core/dates';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { ErrorCode } from '../../core/graphql/error-code';
import { paginate } from '../../core/graphql/keyset';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { InputValidator } from '../../core/validation';
import { CAPA_AUDITED_FIELDS, CapaEntity } from './capa.entity';
import { CapaStatus, FINISHED_CAPA } from './capa.enums';
import { capaStatusChangedEvent } from './capa.events';
import { CAPA_SPEC } from './capa.table';
import type { CapaFilter } from './capa.types';
import type { OpenCapaInput } from './capa-inputs.types';
import { existingNonconformanceIds } from '../quality/nonconformance.lookups';

export function listCapas(ctx: RequestContext, args: ConnectionArgs, filter: CapaFilter = {}): Promise<Connection<CapaEntity>> {
  const qb = authorizedQuery(ctx, CAPA_SPEC);
  if (filter.status) qb.andWhere('capa.status = ANY(:st)', { st: filter.status });
  if (filter.nonconformanceIds) qb.andWhere('capa.nonconformance_ids && :ncs::text[]', { ncs: filter.nonconformanceIds });
  if (filter.overdue != null) {
    const overdue = `(capa.status <> ALL(:finished) AND (capa.due_on < :today OR EXISTS (SELECT 1 FROM capa_action a WHERE a.capa_id = capa.id AND a.status = 'OPEN' AND a.due_on < :today)))`;
    qb.andWhere(filter.overdue ? overdue : `NOT ${overdue}`, { finished: FINISHED_CAPA, today: todayUtc() });
  }
  return paginate(
    qb,
    args,
    [
      { column: 'capa.created_at', direction: SortDirection.DESC, value: (c) => c.createdAt },
      { column: 'capa.id', direction: SortDirection.DESC, value: (c) => c.id },
    ],
    filter,
  );
}

/** Opens a CAPA in DRAFT, optionally raised from nonconformances. */
export async function openCapa(ctx: RequestContext, input: OpenCapaInput): Promise<CapaEntity> {
  assertCan(ctx, 'create', 'Capa');
  const v = new InputValidator();
  const title = v.text('title', input.title, 200);
  const description = v.text('description', input.description, 8000);
  if (input.dueOn < todayUtc()) v.fail('dueOn', 'The due date is in the past');
  const nonconformanceIds = [...new Set(input.nonconformanceIds ?? [])];
  if (nonconformanceIds.length > 100) v.fail('nonconformanceIds', 'At most 100 nonconformances');
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    if (nonconformanceIds.length > 0) {
      const found = await existingNonconformanceIds(tx.manager, nonconformanceIds);
      const missing = nonconformanceIds.find((id) => !found.has(id));
      if (missing) fail(ErrorCode.NOT_FOUND, `No nonconformance ${missing}`, ['input', 'nonconformanceIds']);
    }
    const capa = await tx.manager.save(
      tx.manager.create(CapaEntity, {
        id: newId('capa'),
        title,
        description,
        status: CapaStatus.DRAFT,
        nonconformanceIds,
        dueOn: input.dueOn,
        ownerId: null,
        risk: null,
        containment: null,
        rootCause: null,
        affectedScope: null,
        effectivenessCriterion: null,
        effectivenessResult: null,
        justification: null,
        openedBy: ctx.principal.name,
        openedBySubject: ctx.principal.id,
        closedAt: null,
        customFields: {},
        version: 1,
      }),
    );
    uow.audit({ action: 'OPEN', entityType: 'Capa', entityId: capa.id, changes: diffFields(null, capa, CAPA_AUDITED_FIELDS) });
    uow.emit(capaStatusChangedEvent(null, capa, 'Opened'));
    return capa;
  });
}
