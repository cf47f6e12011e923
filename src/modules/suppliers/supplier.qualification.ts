import type { Role } from '../../core/authz/role';
import { transitionTable, type Transition } from '../../core/state-machine';
import { QualificationStatus as Q } from './supplier.enums';

const QA: Role[] = ['ADMIN', 'QA_MANAGER'];
const step = (from: Q, to: Q): Transition<Q, Role> => ({ from, to, allowedRoles: QA, requiresReason: true });

/**
 * Supplier qualification as a state table. Re-approving an APPROVED or CONDITIONAL supplier
 * renews its expiry; a DISQUALIFIED supplier must be re-evaluated (PROSPECTIVE) first.
 */
export const qualificationMachine = transitionTable('Supplier qualification', [
  step(Q.PROSPECTIVE, Q.APPROVED),
  step(Q.PROSPECTIVE, Q.CONDITIONAL),
  step(Q.PROSPECTIVE, Q.DISQUALIFIED),
  step(Q.APPROVED, Q.APPROVED),
  step(Q.APPROVED, Q.CONDITIONAL),
  step(Q.APPROVED, Q.DISQUALIFIED),
  step(Q.CONDITIONAL, Q.APPROVED),
  step(Q.CONDITIONAL, Q.CONDITIONAL),
  step(Q.CONDITIONAL, Q.DISQUALIFIED),
  step(Q.DISQUALIFIED, Q.PROSPECTIVE),
]);

/** Statuses that need an expiry date. */
export const EXPIRING_STATUSES: Q[] = [Q.APPROVED, Q.CONDITIONAL];

/**
 * Whether purchases and receipts from this supplier are allowed on `today` (YYYY-MM-DD):
 * APPROVED or CONDITIONAL, and not past its expiry date.
 */
export function isQualifiedOn(status: Q, expiresOn: string | null, today: string): boolean {
  return EXPIRING_STATUSES.includes(status) && expiresOn !== null && expiresOn >= today;
}
