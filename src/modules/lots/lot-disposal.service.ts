import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { FieldChange } from '../../core/audit/audit-entry.entity';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { inTransaction, type UnitOfWork } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { authenticateSigner, recordSignature, type AuthenticatedSigner } from '../../core/signatures/signature.service';
import { InputValidator } from '../../core/validation';
import { stockOnHand, writeOffLot } from '../stock/stock-ledger';
import { LotEntity, lotSignedContent } from './lot.entity';
import { LotStatus } from './lot.enums';
import { BLOCKED, KEPT_ON_DISPOSAL, STOCK_DISPOSAL_MEANINGS, lotTransition } from './lot.state';
import { applyTransition, at, transitionLot, WRITE_OFF, type TransitionResult } from './lot-lifecycle.service';
import { findLotForUpdate } from './lot.service';
import type { LotTransitionInput } from './lot-inputs.types';

export type DisposalTarget = LotStatus.SCRAPPED | LotStatus.RETURNED;

/**
 * scrapLot and returnLot, signed APPROVED by QA. A REJECTED lot becomes SCRAPPED or RETURNED
 * along its state table. A lot whose status outlives its stock (recalled, expired, or scrapped
 * or returned with stock found since) keeps that status while what it still has in stock is
 * written off. Either way the stock leaves with SCRAP or RETURN movements in the same transaction.
 */
export async function disposeOfLot(ctx: RequestContext, input: LotTransitionInput, to: DisposalTarget): Promise<TransitionResult> {
  assertCan(ctx, 'dispose', 'Lot');
  const current = await ctx.manager.findOneBy(LotEntity, { id: input.id });
  if (current && to === LotStatus.RETURNED && !current.supplierId) {
    fail(ErrorCode.VALIDATION_FAILED, `Lot ${current.lotNumber} was made in-house; it has no supplier to return it to`, ['input', 'id']);
  }
  if (!current || !KEPT_ON_DISPOSAL.includes(current.status)) return transitionLot(ctx, input, to);
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  v.throwIfAny();
  // Refused before the password is checked, so an impossible step costs no signing attempt.
  if ((await stockOnHand(ctx, [current.id])).length === 0) fail(ErrorCode.INVALID_TRANSITION, nothingLeft(current), ['input', 'id']);
  const signer = await authenticateSigner(ctx, input.signature, STOCK_DISPOSAL_MEANINGS);
  return inTransaction(ctx, async (uow) => {
    const lot = await findLotForUpdate(uow.ctx, current.id);
    if (lot.status !== current.status) fail(ErrorCode.VERSION_CONFLICT, 'The lot changed status meanwhile; reload and retry', ['input', 'expectedVersion']);
    const done = await writeOffKeepingStatus(uow, lot, { expectedVersion: input.expectedVersion, type: to, reason, signer });
    if (!done) fail(ErrorCode.INVALID_TRANSITION, nothingLeft(lot), ['input', 'id']);
    return done;
  });
}

/**
 * A nonconformance's SCRAP or RETURN_TO_SUPPLIER carried out on one of its lots, inside its
 * transaction (the nonconformance's signature covers its lots): a held lot is rejected first, a
 * rejected one scrapped or returned, and a lot that keeps its status has what is left of its
 * stock written off. Every write-off movement names the nonconformance as its reference.
 */
export async function disposeOfLotFor(uow: UnitOfWork, lot: LotEntity, to: DisposalTarget, reason: string, reference: string): Promise<void> {
  if (KEPT_ON_DISPOSAL.includes(lot.status)) {
    await writeOffKeepingStatus(uow, lot, { expectedVersion: lot.version, type: to, reason, signer: null, reference });
    return;
  }
  let current = lot;
  if (current.status === LotStatus.ON_HOLD) current = (await applyTransition(uow, { ...at(current), to: LotStatus.REJECTED, reason })).lot;
  if (!lotTransition(current.status, to)) fail(ErrorCode.INVALID_TRANSITION, `Lot ${lot.lotNumber} is ${lot.status}`, ['input', 'id']);
  await applyTransition(uow, { ...at(current), to, reason, reference });
}

interface KeptStatusWriteOff {
  expectedVersion: number;
  type: DisposalTarget;
  reason: string;
  signer: AuthenticatedSigner | null;
  reference?: string;
}

/** Writes off the lot's remaining stock, keeping its status; null (and nothing written) when it has none. */
async function writeOffKeepingStatus(uow: UnitOfWork, lot: LotEntity, w: KeptStatusWriteOff): Promise<TransitionResult | null> {
  const movements = await writeOffLot(uow, lot, WRITE_OFF[w.type]!, w.reason, w.reference ?? null);
  if (movements.length === 0) return null;
  const changes = movements.map((m) => ({ field: 'stock', old: { location: m.fromLocationId, quantity: m.quantity }, new: { movement: m.id, type: m.type, quantity: '0' } }));
  return recordStockDecision(uow, lot, { expectedVersion: w.expectedVersion, reason: w.reason, signer: w.signer, action: 'DISPOSE_STOCK', changes });
}

export interface StockDecision {
  expectedVersion: number;
  reason: string;
  signer: AuthenticatedSigner | null;
  /** The audit action: DISPOSE_STOCK, COUNT_CORRECTION. */
  action: string;
  changes: FieldChange[];
}

/**
 * A decision about the stock of a lot whose status stays: the lot moves to a new version with
 * its audit entry, signed by the person who decided it when there is one (a nonconformance's
 * disposition is signed on the nonconformance instead).
 */
export async function recordStockDecision(uow: UnitOfWork, lot: LotEntity, d: StockDecision): Promise<TransitionResult> {
  const updated = await updateVersioned(uow.ctx, LotEntity, lot.id, d.expectedVersion, {});
  uow.audit({ action: d.action, entityType: 'Lot', entityId: lot.id, reason: d.reason, changes: [{ field: 'version', old: lot.version, new: updated.version }, ...d.changes] });
  const signature = d.signer
    ? await recordSignature(uow, d.signer, { type: 'Lot', id: updated.id, version: updated.version, content: lotSignedContent(updated), authorSubject: updated.createdBy })
    : null;
  return { lot: updated, signature };
}

/**
 * A count that lowers the stock of a blocked lot (on hold, rejected, recalled, expired, scrapped,
 * returned) writes stock off that awaits or is past a QA decision: it needs someone who may
 * dispose of lots, signing it. Any other count is the warehouse's and is not signed. Answers
 * whether the count is such a decision (to be recorded with `recordStockDecision`).
 */
export function assertCountMayBeBooked(ctx: RequestContext, lot: LotEntity, lowers: boolean, signer: AuthenticatedSigner | null): boolean {
  const decision = lowers && BLOCKED.includes(lot.status);
  if (!decision) {
    if (signer) fail(ErrorCode.VALIDATION_FAILED, 'Only a count that lowers the stock of a blocked lot is signed', ['input', 'signature']);
    return false;
  }
  if (!canOn(ctx, 'dispose', 'Lot', lot)) {
    fail(ErrorCode.FORBIDDEN, `Lot ${lot.lotNumber} is ${lot.status}: only QA lowers its stock, with a signature`, ['input', 'countedQuantity']);
  }
  if (!signer) fail(ErrorCode.SIGNATURE_REQUIRED, `Lot ${lot.lotNumber} is ${lot.status}: lowering its stock needs a signature`, ['input', 'signature']);
  return true;
}

function nothingLeft(lot: LotEntity): string {
  return `Lot ${lot.lotNumber} is ${lot.status} and has no stock left to write off`;
}
