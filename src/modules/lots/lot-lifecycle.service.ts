import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import type { Action } from '../../core/authz/subjects';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { inTransaction, type UnitOfWork } from '../../core/mutation';
import { BLOCKED_UPSTREAM_SQL, MAX_GENEALOGY_DEPTH, RECALL_IMPACT_SQL, USABLE_DOWNSTREAM_SQL } from './genealogy.sql';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { diffFields } from '../../core/audit/audit-diff';
import { authenticateSigner, recordSignature, type AuthenticatedSigner } from '../../core/signatures/signature.service';
import type { ElectronicSignatureEntity } from '../../core/signatures/electronic-signature.entity';
import { InputValidator } from '../../core/validation';
import { LOT_AUDITED_FIELDS, LotEntity, lotSignedContent } from './lot.entity';
import { LotStatus } from './lot.enums';
import { lotStatusChangedEvent } from './lot.events';
import { expiredLotStepRefusal, lotStateMachine, lotTransition } from './lot.state';
import { todayUtc } from '../../core/dates';
import { runRejectionHooks, runReleaseChecks } from './lot-release.hooks';
import { findLotForUpdate } from './lot.service';
import type { LotTransitionInput } from './lot-inputs.types';
import { writeOffLot } from '../stock/stock-ledger';
import { alertEvent } from '../../core/alerts/alert-event';
import { AlertType } from '../../core/alerts/alert-type';
import { MovementType } from '../stock/stock.enums';
import { lotLabel, lotReference } from './lot-reference';

export interface TransitionResult {
  lot: LotEntity;
  signature: ElectronicSignatureEntity | null;
}

/** The permission each lifecycle step needs, checked before the state table's own role check. */
const STEP_ACTION: Partial<Record<LotStatus, Action>> = {
  [LotStatus.UNDER_TEST]: 'test',
  [LotStatus.RELEASED]: 'release',
  [LotStatus.REJECTED]: 'reject',
  [LotStatus.ON_HOLD]: 'hold',
  [LotStatus.EXPIRED]: 'manage',
  [LotStatus.SCRAPPED]: 'dispose',
  [LotStatus.RETURNED]: 'dispose',
  [LotStatus.QUARANTINE]: 'dispose',
  [LotStatus.RECALLED]: 'recall',
};

/**
 * Moves a lot along its state table: checks the step and the caller's role, requires a reason,
 * re-authenticates the signer where the step is signed (the lot's author may not sign), and
 * records the change, the audit entries, the signature and `lotStatusChanged` in one transaction.
 */
export async function transitionLot(ctx: RequestContext, input: LotTransitionInput, to: LotStatus, propagateForward = false): Promise<TransitionResult> {
  assertCan(ctx, STEP_ACTION[to] ?? 'manage', 'Lot');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  v.throwIfAny();
  const current = await ctx.manager.findOneBy(LotEntity, { id: input.id });
  if (!current) fail(ErrorCode.NOT_FOUND, `No lot ${input.id}`, ['input', 'id']);
  const check = lotStateMachine.check(current.status, to, ctx.principal.roles, reason);
  if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', 'id']);
  if (to === LotStatus.RELEASED && current.concessionId) {
    fail(ErrorCode.INVALID_TRANSITION, `Lot ${current.lotNumber} was conditionally released: only a new disposition of its nonconformance releases it again`, ['input', 'id']);
  }
  const step = lotTransition(current.status, to);
  let signer: AuthenticatedSigner | null = null;
  if (step?.requiresSignature) signer = await authenticateSigner(ctx, input.signature, step.signatureMeanings);
  return inTransaction(ctx, async (uow) => {
    if (to === LotStatus.RELEASED) {
      // Release conditions read other records of the lot; starting an inspection takes this lock too.
      await findLotForUpdate(uow.ctx, current.id);
      await assertUpstreamClear(uow, current);
      await runReleaseChecks(uow.ctx, current, signer?.signer.subject ?? ctx.principal.id);
    }
    const result = await applyTransition(uow, { id: input.id, expectedVersion: input.expectedVersion, from: current.status, to, reason, signer });
    if (propagateForward) await holdDownstream(uow, result.lot, reason);
    if (to === LotStatus.REJECTED) await runRejectionHooks(uow, result.lot, reason);
    if (to === LotStatus.RECALLED) await recallDownstream(uow, result.lot, reason);
    return result;
  });
}

/** Lots leaving the company's stock for good: their balances are written off with these movements. */
export const WRITE_OFF: Partial<Record<LotStatus, MovementType>> = { [LotStatus.SCRAPPED]: MovementType.SCRAP, [LotStatus.RETURNED]: MovementType.RETURN };

/** One step of a lot along its state table, inside a unit of work. */
export interface LotStep {
  id: string;
  expectedVersion: number;
  from: LotStatus;
  to: LotStatus;
  reason: string;
  signer?: AuthenticatedSigner | null;
  extra?: Partial<Pick<LotEntity, 'concessionId' | 'releasedAt' | 'releasedBy'>>;
  /** What the write-off movements of a scrap or return name as their reference (the nonconformance that decided it). */
  reference?: string | null;
}

/**
 * Records one step: the new version, its audit entry, the signature if signed, `lotStatusChanged`,
 * a hold alert, and for a scrap or return the write-off of the lot's stock, all in `uow`. Every
 * step passes here, so an expired lot is refused any step that would make it usable again.
 */
export async function applyTransition(uow: UnitOfWork, step: LotStep): Promise<TransitionResult> {
  const { ctx: tx } = uow;
  const { to, reason, signer = null } = step;
  const before = await tx.manager.findOneByOrFail(LotEntity, { id: step.id });
  if (before.status !== step.from) fail(ErrorCode.VERSION_CONFLICT, 'The lot changed status meanwhile; reload and retry', ['input', 'expectedVersion']);
  const expired = expiredLotStepRefusal(before, to, todayUtc());
  if (expired) fail(ErrorCode.LOT_EXPIRED, expired, ['input', 'id']);
  const released = to === LotStatus.RELEASED;
  const updated = await updateVersioned(tx, LotEntity, before.id, step.expectedVersion, {
    status: to,
    statusReason: reason,
    ...(released ? { releasedAt: new Date(), releasedBy: signer?.signer.printedName ?? tx.principal.name } : {}),
    ...step.extra,
  });
  uow.audit({ action: 'STATUS_CHANGE', entityType: 'Lot', entityId: updated.id, reason, changes: diffFields(before, updated, LOT_AUDITED_FIELDS) });
  const signature = signer ? await recordSignature(uow, signer, { type: 'Lot', id: updated.id, version: updated.version, content: lotSignedContent(updated), authorSubject: updated.createdBy }) : null;
  uow.emit(lotStatusChangedEvent(before.status, updated, reason));
  if (to === LotStatus.ON_HOLD) {
    const lot = await lotReference(tx, updated);
    uow.emit(
      alertEvent({
        type: AlertType.LOT_ON_HOLD,
        subject: 'Lot',
        subjectId: updated.id,
        message: `${lotLabel(lot, 'Lot')} is on hold: ${reason}`,
        scope: { supplierId: updated.supplierId, siteId: updated.siteId },
        details: { ...lot, reason },
      }),
    );
  }
  const writeOff = WRITE_OFF[to];
  if (writeOff) await writeOffLot(uow, updated, writeOff, reason, step.reference ?? null);
  return { lot: updated, signature };
}

/** The lot as it stands, as the start of a step. */
export function at(lot: LotEntity): Pick<LotStep, 'id' | 'expectedVersion' | 'from'> {
  return { id: lot.id, expectedVersion: lot.version, from: lot.status };
}

/** A hold on a lot also holds every released lot made from it, in the same transaction; returns those it held. */
export async function holdDownstream(uow: UnitOfWork, root: LotEntity, reason: string): Promise<LotEntity[]> {
  const rows: { id: string }[] = await uow.ctx.manager.query(USABLE_DOWNSTREAM_SQL, [root.id, MAX_GENEALOGY_DEPTH]);
  const held: LotEntity[] = [];
  const from = rows.length > 0 ? lotLabel(await lotReference(uow.ctx, root)) : '';
  for (const { id } of rows) {
    const lot = await uow.ctx.manager.findOneByOrFail(LotEntity, { id });
    held.push((await applyTransition(uow, { ...at(lot), to: LotStatus.ON_HOLD, reason: `${reason} (propagated from ${from})` })).lot);
  }
  return held;
}

/** A lot made from a recalled or held lot is not released while that lasts. */
async function assertUpstreamClear(uow: UnitOfWork, lot: LotEntity): Promise<void> {
  const [blocked]: { lot_number: string; status: LotStatus }[] = await uow.ctx.manager.query(BLOCKED_UPSTREAM_SQL, [lot.id, MAX_GENEALOGY_DEPTH]);
  if (blocked) fail(ErrorCode.VALIDATION_FAILED, `Lot ${lot.lotNumber} was made from lot ${blocked.lot_number}, which is ${blocked.status}`, ['input', 'id']);
}

/** A recall takes every lot made from the recalled one, whatever its state, in the same transaction. */
async function recallDownstream(uow: UnitOfWork, root: LotEntity, reason: string): Promise<void> {
  const rows: { lot_id: string }[] = await uow.ctx.manager.query(RECALL_IMPACT_SQL, [root.id, MAX_GENEALOGY_DEPTH]);
  for (const { lot_id: id } of rows) {
    const lot = await uow.ctx.manager.findOneByOrFail(LotEntity, { id });
    if (lot.status === LotStatus.RECALLED) continue;
    await applyTransition(uow, { ...at(lot), to: LotStatus.RECALLED, reason: `${reason} (recall of lot ${root.lotNumber})` });
  }
}

/**
 * A status change that follows from another record inside its transaction (a failed
 * inspection rejects the lot, a failed calibration holds it): the step must exist in the lot's
 * state table, but no role check or signature applies; the reason names the cause.
 */
export async function transitionLotAsConsequence(uow: UnitOfWork, lotId: string, to: LotStatus, reason: string): Promise<LotEntity | null> {
  const lot = await uow.ctx.manager.findOneByOrFail(LotEntity, { id: lotId });
  if (!lotTransition(lot.status, to)) return null;
  return (await applyTransition(uow, { ...at(lot), to, reason })).lot;
}

/**
 * A USE_AS_IS disposition: the lot becomes CONDITIONAL_RELEASE under the concession, by way of
 * REJECTED → CONDITIONAL_RELEASE or ON_HOLD → CONDITIONAL_RELEASE; the disposition carries the signature.
 */
export async function conditionallyReleaseLot(uow: UnitOfWork, lotId: string, concessionId: string, releasedBy: string, reason: string): Promise<LotEntity> {
  const lot = await uow.ctx.manager.findOneByOrFail(LotEntity, { id: lotId });
  if (!lotTransition(lot.status, LotStatus.CONDITIONAL_RELEASE)) fail(ErrorCode.INVALID_TRANSITION, `Lot ${lot.lotNumber} is ${lot.status}`, ['input', 'id']);
  return (await applyTransition(uow, { ...at(lot), to: LotStatus.CONDITIONAL_RELEASE, reason, extra: { concessionId, releasedAt: new Date(), releasedBy } })).lot;
}

/** QUARANTINE -> UNDER_TEST when an inspection starts, with the caller's own role check. */
export async function startTestingIn(uow: UnitOfWork, lot: LotEntity, reason: string): Promise<LotEntity> {
  const check = lotStateMachine.check(lot.status, LotStatus.UNDER_TEST, uow.ctx.principal.roles, reason);
  if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', 'lotId']);
  return (await applyTransition(uow, { ...at(lot), to: LotStatus.UNDER_TEST, reason })).lot;
}
