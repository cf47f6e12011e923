import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import { diffFields } from '../../core/audit/audit-diff';
import { todayUtc } from '../../core/dates';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { inTransaction, type UnitOfWork } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { authenticateSigner, recordSignature, type AuthenticatedSigner } from '../../core/signatures/signature.service';
import type { ElectronicSignatureEntity } from '../../core/signatures/electronic-signature.entity';
import { InputValidator } from '../../core/validation';
import type { ConcessionEntity } from '../lots/concession.entity';
import { grantConcession } from '../lots/concession-scope';
import { LotStatus } from '../lots/lot.enums';
import { transitionLotAsConsequence } from '../lots/lot-lifecycle.service';
import { applyDisposition, assertDispositionCarriedOut } from './disposition-effects';
import { NONCONFORMANCE_AUDITED_FIELDS, NonconformanceEntity, nonconformanceSignedContent } from './nonconformance.entity';
import { nonconformanceStatusChangedEvent } from './nonconformance.events';
import { openNonconformanceIn } from './nonconformance.service';
import { nonconformanceStateMachine, nonconformanceTransition } from './nonconformance.state';
import { Disposition, NonconformanceSource, NonconformanceStatus as S } from './quality.enums';
import type { CloseNonconformanceInput, DispositionNonconformanceInput, OpenNonconformanceInput, ReviewNonconformanceInput } from './nonconformance-inputs.types';
import { customerStatus } from '../customers/customer.lookups';
import { lotsByIds } from '../lots/lot.lookups';

const MAX_LOTS = 500;

export interface SignedNonconformance {
  nonconformance: NonconformanceEntity;
  signature: ElectronicSignatureEntity | null;
}

/** A person raises a nonconformance (a complaint, an observation); inspections and calibrations raise their own. */
export async function openNonconformance(ctx: RequestContext, input: OpenNonconformanceInput): Promise<NonconformanceEntity> {
  assertCan(ctx, 'create', 'Nonconformance');
  const v = new InputValidator();
  const description = v.text('description', input.description, 4000);
  const lotIds = [...new Set(input.lotIds)];
  if (lotIds.length === 0) v.fail('lotIds', 'Name at least one lot');
  if (lotIds.length > MAX_LOTS) v.fail('lotIds', `At most ${MAX_LOTS} lots`);
  if (![NonconformanceSource.COMPLAINT, NonconformanceSource.OTHER].includes(input.source)) {
    v.fail('source', 'INSPECTION and CALIBRATION nonconformances are raised by the inspection or calibration itself');
  }
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const lots = await lotsByIds(uow.ctx.manager, lotIds);
    for (const id of lotIds) {
      const lot = lots.find((l) => l.id === id);
      if (!lot || !canOn(ctx, 'read', 'Lot', lot)) fail(ErrorCode.NOT_FOUND, `No lot ${id}`, ['input', 'lotIds']);
      if (input.supplierId && lot.supplierId !== input.supplierId) fail(ErrorCode.VALIDATION_FAILED, `Lot ${lot.lotNumber} was not supplied by ${input.supplierId}`, ['input', 'supplierId']);
    }
    const nc = await openNonconformanceIn(uow, { source: input.source, description, lotIds, supplierId: input.supplierId ?? null });
    // DOMAIN: a complaint puts its usable lots on hold at once.
    if (input.source === NonconformanceSource.COMPLAINT) {
      for (const lot of lots.filter((l) => [LotStatus.RELEASED, LotStatus.CONDITIONAL_RELEASE].includes(l.status))) {
        await transitionLotAsConsequence(uow, lot.id, LotStatus.ON_HOLD, `Complaint: nonconformance ${nc.id}`);
      }
    }
    return nc;
  });
}

/** OPEN → UNDER_REVIEW: QA takes it up and records what the review found. */
export async function reviewNonconformance(ctx: RequestContext, input: ReviewNonconformanceInput): Promise<NonconformanceEntity> {
  assertCan(ctx, 'review', 'Nonconformance');
  const v = new InputValidator();
  const summary = v.text('summary', input.summary, 4000);
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const before = await lockForStep(uow.ctx, input.id, input.expectedVersion, S.UNDER_REVIEW, summary);
    const nc = await updateVersioned(uow.ctx, NonconformanceEntity, before.id, input.expectedVersion, {
      status: S.UNDER_REVIEW,
      reviewSummary: summary,
      reviewedBy: ctx.principal.name,
      reviewedAt: new Date(),
    });
    record(uow, before, nc, summary);
    return nc;
  });
}

/**
 * UNDER_REVIEW → DISPOSITIONED under a signature (APPROVED) by someone other than who opened it.
 * USE_AS_IS grants a concession and conditionally releases the lots; the other dispositions move
 * the lots (and, for scrap and return, their stock) in the same transaction.
 */
export async function dispositionNonconformance(ctx: RequestContext, input: DispositionNonconformanceInput): Promise<SignedNonconformance & { concession: ConcessionEntity | null }> {
  assertCan(ctx, 'disposition', 'Nonconformance');
  const v = new InputValidator();
  const justification = v.text('justification', input.justification, 4000);
  const scope = input.concession;
  if (input.disposition === Disposition.USE_AS_IS && !scope) v.fail('concession', 'USE_AS_IS needs a concession limiting quantity, customer or date');
  if (input.disposition !== Disposition.USE_AS_IS && scope) v.fail('concession', 'Only USE_AS_IS takes a concession');
  if (scope) {
    if (!scope.customerId && !scope.maxQuantity && !scope.validUntil) v.fail('concession', 'A concession limits the quantity, the customer or the date');
    if (scope.maxQuantity != null && !(Number(scope.maxQuantity) > 0)) v.fail('concession.maxQuantity', 'The quantity must be greater than zero');
    if (scope.validUntil && scope.validUntil < todayUtc()) v.fail('concession.validUntil', 'The concession would already have ended');
  }
  v.throwIfAny();
  const signer = await preflight(ctx, input.id, S.DISPOSITIONED, justification, input.signature);
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const before = await lockForStep(tx, input.id, input.expectedVersion, S.DISPOSITIONED, justification);
    let concession: ConcessionEntity | null = null;
    if (scope) {
      if (scope.customerId) {
        if ((await customerStatus(tx.manager, scope.customerId)) === null) fail(ErrorCode.NOT_FOUND, `No customer ${scope.customerId}`, ['input', 'concession', 'customerId']);
      }
      if (scope.maxQuantity != null) {
        // Quantities of different materials do not add up: a limit needs lots of one material.
        const materials = new Set((await lotsByIds(tx.manager, before.lotIds)).map((l) => l.materialId)).size;
        if (materials > 1) {
          fail(
            ErrorCode.VALIDATION_FAILED,
            `The lots of this nonconformance are of ${materials} materials, whose quantities do not add up; limit the customer or date instead, or raise one nonconformance per material`,
            ['input', 'concession', 'maxQuantity'],
          );
        }
      }
      concession = await grantConcession(uow, {
        nonconformanceId: before.id,
        justification,
        customerId: scope.customerId ?? null,
        maxQuantity: scope.maxQuantity ?? null,
        validUntil: scope.validUntil ?? null,
        approvedBy: signer.signer.printedName,
      });
    }
    const nc = await updateVersioned(tx, NonconformanceEntity, before.id, input.expectedVersion, {
      status: S.DISPOSITIONED,
      disposition: input.disposition,
      dispositionJustification: justification,
      dispositionedBy: signer.signer.printedName,
      dispositionedAt: new Date(),
      concessionId: concession?.id ?? null,
    });
    await applyDisposition(uow, nc, concession, signer.signer.subject);
    const signature = await record(uow, before, nc, justification, signer);
    return { nonconformance: nc, signature, concession };
  });
}

/** DISPOSITIONED → CLOSED under a signature (CLOSED), once the disposition has been carried out. */
export async function closeNonconformance(ctx: RequestContext, input: CloseNonconformanceInput): Promise<SignedNonconformance> {
  assertCan(ctx, 'close', 'Nonconformance');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 4000);
  v.throwIfAny();
  const signer = await preflight(ctx, input.id, S.CLOSED, reason, input.signature);
  return inTransaction(ctx, async (uow) => {
    const before = await lockForStep(uow.ctx, input.id, input.expectedVersion, S.CLOSED, reason);
    await assertDispositionCarriedOut(uow.ctx, before);
    const nc = await updateVersioned(uow.ctx, NonconformanceEntity, before.id, input.expectedVersion, {
      status: S.CLOSED,
      closedBy: signer.signer.printedName,
      closedAt: new Date(),
    });
    const signature = await record(uow, before, nc, reason, signer);
    return { nonconformance: nc, signature };
  });
}

/** Refuses an impossible step before the signing password is checked, then re-authenticates the signer. */
async function preflight(ctx: RequestContext, id: string, to: S, reason: string, signature: DispositionNonconformanceInput['signature']): Promise<AuthenticatedSigner> {
  const current = await ctx.manager.findOneBy(NonconformanceEntity, { id });
  if (!current || !canOn(ctx, 'read', 'Nonconformance', current)) fail(ErrorCode.NOT_FOUND, `No nonconformance ${id}`, ['input', 'id']);
  assertStep(ctx, current, to, reason);
  return authenticateSigner(ctx, signature, nonconformanceTransition(current.status, to)!.signatureMeanings);
}

function assertStep(ctx: RequestContext, nc: NonconformanceEntity, to: S, reason: string): void {
  const check = nonconformanceStateMachine.check(nc.status, to, ctx.principal.roles, reason);
  if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', 'id']);
}

async function lockForStep(ctx: RequestContext, id: string, expectedVersion: number, to: S, reason: string): Promise<NonconformanceEntity> {
  const nc = await ctx.manager.createQueryBuilder(NonconformanceEntity, 'nc').setLock('pessimistic_write').where('nc.id = :id', { id }).getOne();
  if (!nc || !canOn(ctx, 'read', 'Nonconformance', nc)) fail(ErrorCode.NOT_FOUND, `No nonconformance ${id}`, ['input', 'id']);
  if (nc.version !== expectedVersion) fail(ErrorCode.VERSION_CONFLICT, `The nonconformance is at version ${nc.version}; reload and retry`, ['input', 'expectedVersion']);
  assertStep(ctx, nc, to, reason);
  return nc;
}

async function record(uow: UnitOfWork, before: NonconformanceEntity, after: NonconformanceEntity, reason: string): Promise<null>;
async function record(uow: UnitOfWork, before: NonconformanceEntity, after: NonconformanceEntity, reason: string, signer: AuthenticatedSigner): Promise<ElectronicSignatureEntity>;
async function record(uow: UnitOfWork, before: NonconformanceEntity, after: NonconformanceEntity, reason: string, signer?: AuthenticatedSigner): Promise<ElectronicSignatureEntity | null> {
  uow.audit({ action: 'STATUS_CHANGE', entityType: 'Nonconformance', entityId: after.id, reason, changes: diffFields(before, after, NONCONFORMANCE_AUDITED_FIELDS) });
  const signature = signer
    ? await recordSignature(uow, signer, { type: 'Nonconformance', id: after.id, version: after.version, content: nonconformanceSignedContent(after), authorSubject: after.openedBySubject })
    : null;
  uow.emit(nonconformanceStatusChangedEvent(before.status, after, reason));
  return signature;
}
