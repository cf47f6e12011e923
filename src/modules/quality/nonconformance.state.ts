import type { Role } from '../../core/authz/role';
import { SignatureMeaning as M } from '../../core/signatures/signature-meaning';
import { transitionTable, type Transition } from '../../core/state-machine';
import { NonconformanceStatus as S } from './quality.enums';

export interface NonconformanceTransition extends Transition<S, Role> {
  signatureMeanings: M[];
}

const QA: Role[] = ['ADMIN', 'QA_MANAGER'];

/**
 * The nonconformance lifecycle of DOMAIN.md: reviewed, dispositioned under a signature (which
 * approves a concession for USE_AS_IS), and closed under a signature once the disposition is done.
 */
export const NONCONFORMANCE_TRANSITIONS: NonconformanceTransition[] = [
  { from: S.OPEN, to: S.UNDER_REVIEW, allowedRoles: QA, requiresReason: true, signatureMeanings: [] },
  { from: S.UNDER_REVIEW, to: S.DISPOSITIONED, allowedRoles: QA, requiresReason: true, requiresSignature: true, signatureMeanings: [M.APPROVED] },
  { from: S.DISPOSITIONED, to: S.CLOSED, allowedRoles: QA, requiresReason: true, requiresSignature: true, signatureMeanings: [M.CLOSED] },
];

export const nonconformanceStateMachine = transitionTable<S, Role>('Nonconformance', NONCONFORMANCE_TRANSITIONS);

export function nonconformanceTransition(from: S, to: S): NonconformanceTransition | undefined {
  return NONCONFORMANCE_TRANSITIONS.find((t) => t.from === from && t.to === to);
}
