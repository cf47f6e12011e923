import type { Role } from '../../core/authz/role';
import { SignatureMeaning as M } from '../../core/signatures/signature-meaning';
import { transitionTable, type Transition } from '../../core/state-machine';
import { LotStatus as S } from './lot.enums';

export interface LotTransition extends Transition<S, Role> {
  /** Meanings a signature for this step may carry; empty when no signature is needed. */
  signatureMeanings: M[];
}

const QA: Role[] = ['ADMIN', 'QA_MANAGER'];
const INSPECTION: Role[] = ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR'];
const step = (from: S, to: S, allowedRoles: Role[], signatureMeanings: M[] = []): LotTransition => ({
  from,
  to,
  allowedRoles,
  requiresReason: true,
  requiresSignature: signatureMeanings.length > 0,
  signatureMeanings,
});

/**
 * The lot lifecycle of DOMAIN.md as data. Release, reject, hold release, scrap and return are
 * signed by QA; the system actor (ADMIN rights) expires released lots past their date.
 * Conditional release follows a USE_AS_IS disposition of a nonconformance.
 */
export const LOT_TRANSITIONS: LotTransition[] = [
  step(S.QUARANTINE, S.UNDER_TEST, INSPECTION),
  step(S.UNDER_TEST, S.RELEASED, QA, [M.RELEASED]),
  step(S.UNDER_TEST, S.REJECTED, QA, [M.REVIEWED, M.APPROVED]),
  step(S.RELEASED, S.ON_HOLD, QA),
  step(S.CONDITIONAL_RELEASE, S.ON_HOLD, QA),
  step(S.ON_HOLD, S.RELEASED, QA, [M.RELEASED]),
  step(S.ON_HOLD, S.REJECTED, QA, [M.REVIEWED, M.APPROVED]),
  // Writing the stock off is a disposition: QA approves it with a signature.
  step(S.REJECTED, S.SCRAPPED, QA, [M.APPROVED]),
  step(S.REJECTED, S.RETURNED, QA, [M.APPROVED]),
  step(S.REJECTED, S.QUARANTINE, QA),
  // Only through a USE_AS_IS disposition, whose signature approves the concession.
  step(S.REJECTED, S.CONDITIONAL_RELEASE, QA, [M.APPROVED]),
  step(S.ON_HOLD, S.CONDITIONAL_RELEASE, QA, [M.APPROVED]),
  step(S.CONDITIONAL_RELEASE, S.REJECTED, QA, [M.REVIEWED, M.APPROVED]),
  step(S.RELEASED, S.EXPIRED, ['ADMIN']),
  step(S.CONDITIONAL_RELEASE, S.EXPIRED, ['ADMIN']),
  // Any → RECALLED, signed by QA; the lots made from it follow in the same transaction.
  ...Object.values(S)
    .filter((from) => from !== S.RECALLED)
    .map((from) => step(from, S.RECALLED, QA, [M.APPROVED])),
];

/** Lots that may be allocated, consumed, shipped or issued (ISO 13485 7.5.8), within their expiry and concession. */
export const USABLE: readonly S[] = [S.RELEASED, S.CONDITIONAL_RELEASE];

/** A lot is usable through its expiry date and expired from the day after (the expiry job's rule). */
export function isExpired(expiresOn: string | null, today: string): boolean {
  return expiresOn !== null && expiresOn < today;
}

/**
 * A new lot, received or produced, must have a usable day ahead of it: one that expires today or
 * earlier is refused at the step that makes it, never left for the expiry job to find.
 */
export function expiresBeforeUse(expiresOn: string | null, today: string): boolean {
  return expiresOn !== null && expiresOn <= today;
}

/**
 * A step into a USABLE status (a release, a release from hold, a conditional release) is refused
 * for an expired lot at the step itself: the lot would otherwise be usable until the hourly expiry
 * job ran. Returns the refusal's message, or null when the step may be taken.
 */
export function expiredLotStepRefusal(lot: { lotNumber: string; expiresOn: string | null }, to: S, today: string): string | null {
  if (!USABLE.includes(to) || !isExpired(lot.expiresOn, today)) return null;
  return `Lot ${lot.lotNumber} expired on ${lot.expiresOn}; an expired lot is not released`;
}

/**
 * Statuses that record what became of the lot, which disposing of its remaining stock does not
 * undo: a recalled lot stays RECALLED (production and release checks read that, and units of it
 * are still with customers) while what is left in stock is scrapped or returned. Such a disposal
 * writes the stock off with ledger movements, keeps the status and moves the lot to a new version.
 */
export const KEPT_ON_DISPOSAL: readonly S[] = [S.RECALLED, S.EXPIRED, S.SCRAPPED, S.RETURNED];

/** Meanings a signature for disposing of a lot's stock outside a nonconformance may carry. */
export const STOCK_DISPOSAL_MEANINGS: M[] = [M.APPROVED];

/**
 * Lots whose stock awaits, or is past, a QA decision: it leaves stock only through a disposition
 * (scrapLot, returnLot, a nonconformance's SCRAP or RETURN_TO_SUPPLIER, a signed QA count).
 */
export const BLOCKED: readonly S[] = [S.ON_HOLD, S.REJECTED, ...KEPT_ON_DISPOSAL];

export const lotStateMachine = transitionTable<S, Role>('Lot', LOT_TRANSITIONS);

export function lotTransition(from: S, to: S): LotTransition | undefined {
  return LOT_TRANSITIONS.find((t) => t.from === from && t.to === to);
}
