import type { Role } from '../../core/authz/role';

/** Who may approve an order above the approval limit. */
const ABOVE_LIMIT: Role[] = ['ADMIN', 'QA_MANAGER'];

export interface ApprovalRequest {
  /** Token subject of the order's creator. */
  createdBy: string;
  /** The order's currency. */
  currency: string;
  /** Whether the order's total exceeds the limit for its currency (compared in SQL, exactly); true when there is none. */
  aboveLimit: boolean;
}

/**
 * Why this approver may not approve the order, or null: nobody approves their own order
 * (separation of duties), and above the limit of the order's currency (or in a currency without
 * one, since amounts in different currencies do not compare) only QA_MANAGER or ADMIN approve.
 */
export function approvalRefusal(order: ApprovalRequest, approver: { subject: string; roles: readonly Role[] }, limit: string | undefined): string | null {
  if (order.createdBy === approver.subject) return 'The creator of a purchase order may not approve it (separation of duties)';
  if (order.aboveLimit && !ABOVE_LIMIT.some((r) => approver.roles.includes(r))) {
    const why = limit === undefined ? `No approval limit is set for ${order.currency}` : `The order total exceeds the approval limit of ${limit} ${order.currency}`;
    return `${why}; only ${ABOVE_LIMIT.join(' or ')} may approve it`;
  }
  return null;
}
