import type { RequestContext } from '../../core/context';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import type { UnitOfWork } from '../../core/mutation';
import type { ConcessionEntity } from '../lots/concession.entity';
import { LotStatus } from '../lots/lot.enums';
import { conditionallyReleaseLot, transitionLotAsConsequence } from '../lots/lot-lifecycle.service';
import { disposeOfLotFor, type DisposalTarget } from '../lots/lot-disposal.service';
import { KEPT_ON_DISPOSAL } from '../lots/lot.state';
import { stockOnHand } from '../stock/stock-ledger';
import type { NonconformanceEntity } from './nonconformance.entity';
import { Disposition } from './quality.enums';
import { assertReleaserIndependent } from './release-conditions';
import { lockLotsForUpdate, lotsByIds } from '../lots/lot.lookups';

/** A disposition decides about product that is blocked: rejected, or held. */
const DISPOSABLE = [LotStatus.REJECTED, LotStatus.ON_HOLD];

const TARGET: Record<Disposition.SCRAP | Disposition.RETURN_TO_SUPPLIER, DisposalTarget> = {
  [Disposition.SCRAP]: LotStatus.SCRAPPED,
  [Disposition.RETURN_TO_SUPPLIER]: LotStatus.RETURNED,
};

/**
 * Carries out a disposition on every lot of the nonconformance, in its transaction:
 * USE_AS_IS → CONDITIONAL_RELEASE under the concession; REWORK → QUARANTINE for re-inspection;
 * SCRAP and RETURN_TO_SUPPLIER write the lots' stock off (see `disposeOfLotFor`): held lots are
 * rejected first, so the lot's history shows both steps, and recalled or expired lots stay so
 * while what they still hold is written off. A lot that keeps its status can be neither used as
 * is nor reworked: its stock, if it has any, is refused such a disposition.
 */
export async function applyDisposition(uow: UnitOfWork, nc: NonconformanceEntity, concession: ConcessionEntity | null, approverSubject: string): Promise<void> {
  const reason = `Nonconformance ${nc.id} dispositioned ${nc.disposition}: ${nc.dispositionJustification}`;
  const lots = await lockLotsForUpdate(uow.ctx.manager, nc.lotIds);
  const stocked = new Set((await stockOnHand(uow.ctx, nc.lotIds)).map((s) => s.lotId));
  for (const lot of lots) {
    const disposition = nc.disposition!;
    const writesOff = disposition === Disposition.SCRAP || disposition === Disposition.RETURN_TO_SUPPLIER;
    if (KEPT_ON_DISPOSAL.includes(lot.status)) {
      // Nothing left to decide about, whatever the disposition.
      if (!stocked.has(lot.id)) continue;
      if (!writesOff) {
        fail(ErrorCode.INVALID_TRANSITION, `Lot ${lot.lotNumber} is ${lot.status} with stock on hand: it can only be scrapped or returned`, ['input', 'disposition']);
      }
    } else if (!DISPOSABLE.includes(lot.status)) {
      fail(ErrorCode.INVALID_TRANSITION, `Lot ${lot.lotNumber} is ${lot.status}; hold or reject it before the disposition`, ['input', 'id']);
    }
    if (writesOff) {
      if (disposition === Disposition.RETURN_TO_SUPPLIER && !lot.supplierId) {
        fail(ErrorCode.VALIDATION_FAILED, `Lot ${lot.lotNumber} was made in-house; it has no supplier to return it to`, ['input', 'disposition']);
      }
      await disposeOfLotFor(uow, lot, TARGET[disposition], reason, nc.id);
      continue;
    }
    if (disposition === Disposition.USE_AS_IS) {
      // A conditional release is a release: its approver may not have inspected the lot.
      await assertReleaserIndependent(uow.ctx, lot, approverSubject);
      await conditionallyReleaseLot(uow, lot.id, concession!.id, concession!.approvedBy, reason);
      continue;
    }
    if (lot.status === LotStatus.ON_HOLD) await transitionLotAsConsequence(uow, lot.id, LotStatus.REJECTED, reason);
    await transitionLotAsConsequence(uow, lot.id, LotStatus.QUARANTINE, reason);
  }
}

/**
 * Closure gate. A rework is done only when every reworked lot has completed an inspection after
 * the disposition (a passed lot is then released once this is closed; a failed one is rejected
 * with a nonconformance of its own). A scrap or return is done only when no lot of it has stock
 * on hand: stock found since (or left by a disposition recorded before dispositions reached
 * recalled lots) is written off with scrapLot or returnLot first. USE_AS_IS takes effect at once.
 */
export async function assertDispositionCarriedOut(ctx: RequestContext, nc: NonconformanceEntity): Promise<void> {
  if (nc.disposition === Disposition.SCRAP || nc.disposition === Disposition.RETURN_TO_SUPPLIER) {
    // Under the lots' locks, so a count booked meanwhile is either seen here or comes after the closure.
    const lots = await lockLotsForUpdate(ctx.manager, nc.lotIds);
    const [left] = await stockOnHand(ctx, nc.lotIds);
    if (left) {
      const lot = lots.find((l) => l.id === left.lotId)!;
      fail(ErrorCode.VALIDATION_FAILED, `Lot ${lot.lotNumber} (${lot.status}) still has ${left.quantity} on hand; write it off before closing`, ['input', 'id']);
    }
    return;
  }
  if (nc.disposition !== Disposition.REWORK) return;
  const inspected: { lot_id: string }[] = await ctx.manager.query(`SELECT DISTINCT lot_id FROM inspection WHERE lot_id = ANY($1) AND status = 'COMPLETED' AND completed_at > $2`, [
    nc.lotIds,
    nc.dispositionedAt,
  ]);
  const reinspected = new Set(inspected.map((i) => i.lot_id));
  const [pending] = (await lotsByIds(ctx.manager, nc.lotIds))
    .filter((l) => !KEPT_ON_DISPOSAL.includes(l.status) && !reinspected.has(l.id))
    .sort((x, y) => (x.lotNumber < y.lotNumber ? -1 : x.lotNumber > y.lotNumber ? 1 : 0));
  if (pending) fail(ErrorCode.VALIDATION_FAILED, `Lot ${pending.lotNumber} has not completed an inspection since the rework`, ['input', 'id']);
}
