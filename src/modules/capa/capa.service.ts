import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { diffFields } from '../../core/audit/audit-diff';
import { todayUtc } from '../../core/dates';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { InputValidator } from '../../core/validation';
import { CAPA_AUDITED_FIELDS, CapaEntity } from './capa.entity';
import { CapaStatus } from './capa.enums';
import { capaStatusChangedEvent } from './capa.events';
import type { OpenCapaInput } from './capa-inputs.types';
import { existingNonconformanceIds } from '../quality/nonconformance.lookups';

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
