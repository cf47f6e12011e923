import type { RequestContext } from '../../core/context';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import type { UnitOfWork } from '../../core/mutation';
import type { ConcessionEntity } from '../lots/concession.entity';
import { LotEntity } from '../lots/lot.entity';
import { LotStatus } from '../lots/lot.enums';
import { conditionallyReleaseLot, transitionLotAsConsequence } from '../lots/lot-lifecycle.service';
import type { NonconformanceEntity } from './nonconformance.entity';
import { Disposition } from './quality.enums';
import { assertReleaserIndependent } from './release-conditions';

/** Lots already out of the company's hands; a disposition passes them by. */
const GONE = [LotStatus.SCRAPPED, LotStatus.RETURNED, LotStatus.EXPIRED, LotStatus.RECALLED];
/** A disposition decides about product that is blocked: rejected, or held. */
const DISPOSABLE = [LotStatus.REJECTED, LotStatus.ON_HOLD];

const TARGET: Record<Exclude<Disposition, Disposition.USE_AS_IS>, LotStatus> = {
  [Disposition.REWORK]: LotStatus.QUARANTINE,
  [Disposition.SCRAP]: LotStatus.SCRAPPED,
  [Disposition.RETURN_TO_SUPPLIER]: LotStatus.RETURNED,
};

/**
 * Carries out a disposition on every lot of the nonconformance, in its transaction:
 * USE_AS_IS → CONDITIONAL_RELEASE under the concession; REWORK → QUARANTINE for re-inspection;
 * SCRAP → SCRAPPED and RETURN_TO_SUPPLIER → RETURNED, their stock written off by the lot lifecycle.
 * Held lots are rejected first, so the lot's history shows both steps.
 */
export async function applyDisposition(uow: UnitOfWork, nc: NonconformanceEntity, concession: ConcessionEntity | null, approverSubject: string): Promise<void> {
  const reason = `Nonconformance ${nc.id} dispositioned ${nc.disposition}: ${nc.dispositionJustification}`;
  const lots = await uow.ctx.manager.createQueryBuilder(LotEntity, 'lt').setLock('pessimistic_write')
    .where('lt.id = ANY(:ids)', { ids: nc.lotIds }).orderBy('lt.id').getMany();
  for (const lot of lots) {
    if (GONE.includes(lot.status)) continue;
    if (!DISPOSABLE.includes(lot.status)) {
      fail(ErrorCode.INVALID_TRANSITION, `Lot ${lot.lotNumber} is ${lot.status}; hold or reject it before the disposition`, ['input', 'id']);
    }
    if (nc.disposition === Disposition.USE_AS_IS) {
      // A conditional release is a release: its approver may not have inspected the lot.
      await assertReleaserIndependent(uow.ctx, lot, approverSubject);
      await conditionallyReleaseLot(uow, lot.id, concession!.id, concession!.approvedBy, reason);
      continue;
    }
    if (nc.disposition === Disposition.RETURN_TO_SUPPLIER && !lot.supplierId) {
      fail(ErrorCode.VALIDATION_FAILED, `Lot ${lot.lotNumber} was made in-house; it has no supplier to return it to`, ['input', 'disposition']);
    }
    if (lot.status === LotStatus.ON_HOLD) await transitionLotAsConsequence(uow, lot.id, LotStatus.REJECTED, reason);
    await transitionLotAsConsequence(uow, lot.id, TARGET[nc.disposition!], reason);
  }
}

/**
 * Closure gate: a rework is done only when every reworked lot has completed an inspection
 * after the disposition (a passed lot is then released once this is closed; a failed one is
 * rejected with a nonconformance of its own). The other dispositions take effect at once.
 */
export async function assertDispositionCarriedOut(ctx: RequestContext, nc: NonconformanceEntity): Promise<void> {
  if (nc.disposition !== Disposition.REWORK) return;
  const pending: { lot_number: string }[] = await ctx.manager.query(
    `SELECT l.lot_number FROM lot l
     WHERE l.id = ANY($1) AND l.status <> ALL($3)
       AND NOT EXISTS (SELECT 1 FROM inspection i WHERE i.lot_id = l.id AND i.status = 'COMPLETED' AND i.completed_at > $2)
     ORDER BY l.lot_number LIMIT 1`,
    [nc.lotIds, nc.dispositionedAt, GONE],
  );
  if (pending.length > 0) {
    fail(ErrorCode.VALIDATION_FAILED, `Lot ${pending[0].lot_number} has not completed an inspection since the rework`, ['input', 'id']);
  }
}
