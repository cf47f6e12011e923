import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import { diffFields } from '../../core/audit/audit-diff';
import { todayUtc } from '../../core/dates';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { InputValidator } from '../../core/validation';
import { CapaActionEntity, CapaEntity } from './capa.entity';
import { CapaActionStatus, CapaStatus } from './capa.enums';
import { abilityOf, assertActionOwner, mayComplete } from './capa-people';
import { findUserAccount } from '../users/user-access';
import { capaActionChangedEvent } from './capa.events';
import type { AddCapaActionInput, CompleteCapaActionInput } from './capa-inputs.types';

const ACTION_FIELDS = ['capaId', 'seq', 'description', 'ownerId', 'dueOn', 'status', 'completedBy', 'completedAt', 'completionNote'] as const;

/** Adds an action item to the plan while it is being worked out (INVESTIGATION); the CAPA's version moves. */
export async function addCapaAction(ctx: RequestContext, input: AddCapaActionInput): Promise<{ capa: CapaEntity; action: CapaActionEntity }> {
  assertCan(ctx, 'create', 'CapaAction');
  const v = new InputValidator();
  const description = v.text('description', input.description, 4000);
  if (input.dueOn < todayUtc()) v.fail('dueOn', 'The due date is in the past');
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const capa = await tx.manager.createQueryBuilder(CapaEntity, 'capa').setLock('pessimistic_write').where('capa.id = :id', { id: input.capaId }).getOne();
    if (!capa || !canOn(ctx, 'read', 'Capa', capa)) fail(ErrorCode.NOT_FOUND, `No CAPA ${input.capaId}`, ['input', 'capaId']);
    if (capa.status !== CapaStatus.INVESTIGATION) fail(ErrorCode.INVALID_TRANSITION, `Actions are planned during INVESTIGATION; the CAPA is ${capa.status}`, ['input', 'capaId']);
    if (input.dueOn > capa.dueOn) fail(ErrorCode.VALIDATION_FAILED, `The CAPA is due on ${capa.dueOn}; its actions must be due by then`, ['input', 'dueOn']);
    await assertActionOwner(tx, input.ownerId, { capaId: capa.id, ownerId: input.ownerId, dueOn: input.dueOn });
    const updated = await updateVersioned(tx, CapaEntity, capa.id, input.expectedVersion, {});
    const [{ next }]: { next: number }[] = await tx.manager.query('SELECT coalesce(max(seq), 0) + 1 AS next FROM capa_action WHERE capa_id = $1', [capa.id]);
    const action = await tx.manager.save(
      tx.manager.create(CapaActionEntity, {
        id: newId('cact'),
        capaId: capa.id,
        seq: next,
        description,
        ownerId: input.ownerId,
        dueOn: input.dueOn,
        status: CapaActionStatus.OPEN,
        completedBy: null,
        completedAt: null,
        completionNote: null,
        customFields: {},
        version: 1,
      }),
    );
    uow.audit({ action: 'ADD_ACTION', entityType: 'Capa', entityId: capa.id, changes: diffFields(null, action, ACTION_FIELDS) });
    uow.emit(capaActionChangedEvent('ADDED', action));
    return { capa: updated, action };
  });
}

/**
 * The action's owner (or QA) marks it done during IMPLEMENTATION, with evidence. Who may is the
 * roles' `complete` rule; an owner must also still hold such a role as recorded in Lotgraph.
 */
export async function completeCapaAction(ctx: RequestContext, input: CompleteCapaActionInput): Promise<CapaActionEntity> {
  // Type level first: a role that completes no action (or an anonymous caller) learns nothing about ids.
  assertCan(ctx, 'complete', 'CapaAction');
  const v = new InputValidator();
  const note = v.text('note', input.note, 4000);
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const before = await tx.manager.findOneBy(CapaActionEntity, { id: input.id });
    const owner = before ? await findUserAccount(tx, before.ownerId) : null;
    const allowed = before && owner ? mayComplete(ctx.ability, before, owner.subject) : false;
    if (!before || !owner || (!allowed && !canOn(ctx, 'read', 'CapaAction', before))) fail(ErrorCode.NOT_FOUND, `No CAPA action ${input.id}`, ['input', 'id']);
    if (!allowed) fail(ErrorCode.FORBIDDEN, 'Not allowed to complete this CAPA action', ['input', 'id']);
    const byOwner = ctx.principal.kind === 'user' && ctx.principal.id === owner.subject;
    if (byOwner && !(owner.active && mayComplete(abilityOf(owner), before, owner.subject))) {
      fail(ErrorCode.FORBIDDEN, 'Your roles as recorded in Lotgraph no longer let you act on CAPA actions; QA can complete it', ['input', 'id']);
    }
    const [{ status }]: { status: CapaStatus }[] = await tx.manager.query('SELECT status FROM capa WHERE id = $1 FOR SHARE', [before.capaId]);
    if (status !== CapaStatus.IMPLEMENTATION) fail(ErrorCode.INVALID_TRANSITION, `Actions are done during IMPLEMENTATION; the CAPA is ${status}`, ['input', 'id']);
    if (before.status === CapaActionStatus.DONE) fail(ErrorCode.INVALID_TRANSITION, 'The action is already done', ['input', 'id']);
    const action = await updateVersioned(tx, CapaActionEntity, before.id, input.expectedVersion, {
      status: CapaActionStatus.DONE,
      completedBy: ctx.principal.name,
      completedAt: new Date(),
      completionNote: note,
    });
    uow.audit({ action: 'COMPLETE', entityType: 'CapaAction', entityId: action.id, reason: note, changes: diffFields(before, action, ACTION_FIELDS) });
    uow.emit(capaActionChangedEvent('COMPLETED', action));
    return action;
  });
}
