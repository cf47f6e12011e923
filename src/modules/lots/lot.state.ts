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
  from, to, allowedRoles, requiresReason: true, requiresSignature: signatureMeanings.length > 0, signatureMeanings,
});

/**
 * The lot lifecycle of DOMAIN.md as data. Release, reject and hold release are signed by QA;
 * the system actor (ADMIN rights) expires released lots past their date. Conditional release
 * follows a USE_AS_IS disposition of a nonconformance.
 */
export const LOT_TRANSITIONS: LotTransition[] = [
  step(S.QUARANTINE, S.UNDER_TEST, INSPECTION),
  step(S.UNDER_TEST, S.RELEASED, QA, [M.RELEASED]),
  step(S.UNDER_TEST, S.REJECTED, QA, [M.REVIEWED, M.APPROVED]),
  step(S.RELEASED, S.ON_HOLD, QA),
  step(S.CONDITIONAL_RELEASE, S.ON_HOLD, QA),
  step(S.ON_HOLD, S.RELEASED, QA, [M.RELEASED]),
  step(S.ON_HOLD, S.REJECTED, QA, [M.REVIEWED, M.APPROVED]),
  step(S.REJECTED, S.SCRAPPED, QA),
  step(S.REJECTED, S.RETURNED, QA),
  step(S.REJECTED, S.QUARANTINE, QA),
  // Only through a USE_AS_IS disposition, whose signature approves the concession.
  step(S.REJECTED, S.CONDITIONAL_RELEASE, QA, [M.APPROVED]),
  step(S.ON_HOLD, S.CONDITIONAL_RELEASE, QA, [M.APPROVED]),
  step(S.CONDITIONAL_RELEASE, S.REJECTED, QA, [M.REVIEWED, M.APPROVED]),
  step(S.RELEASED, S.EXPIRED, ['ADMIN']),
  step(S.CONDITIONAL_RELEASE, S.EXPIRED, ['ADMIN']),
  // Any → RECALLED, signed by QA; the lots made from it follow in the same transaction.
  ...Object.values(S).filter((from) => from !== S.RECALLED).map((from) => step(from, S.RECALLED, QA, [M.APPROVED])),
];

export const lotStateMachine = transitionTable<S, Role>('Lot', LOT_TRANSITIONS);

export function lotTransition(from: S, to: S): LotTransition | undefined {
  return LOT_TRANSITIONS.find((t) => t.from === from && t.to === to);
}
