import type { Role } from '../../core/authz/role';
import { transitionTable, type Transition } from '../../core/state-machine';
import { PurchaseOrderStatus as S } from './purchase-order.enums';

const BUYERS: Role[] = ['ADMIN', 'PURCHASING'];
/** Who approves; the amount decides further (purchase-order-gates.ts). */
const APPROVERS: Role[] = ['ADMIN', 'QA_MANAGER', 'PURCHASING'];
/** Receipts move the order on; whoever may receive lots takes these steps. */
const RECEIVERS: Role[] = ['ADMIN', 'WAREHOUSE', 'INTEGRATION'];

const step = (from: S, to: S, allowedRoles: Role[], requiresReason = false): Transition<S, Role> => ({ from, to, allowedRoles, requiresReason });

/** The purchase order lifecycle as data. */
export const PURCHASE_ORDER_TRANSITIONS: Transition<S, Role>[] = [
  step(S.DRAFT, S.APPROVED, APPROVERS),
  step(S.APPROVED, S.SENT, BUYERS),
  step(S.SENT, S.PARTIALLY_RECEIVED, RECEIVERS),
  step(S.SENT, S.RECEIVED, RECEIVERS),
  step(S.PARTIALLY_RECEIVED, S.RECEIVED, RECEIVERS),
  step(S.RECEIVED, S.CLOSED, BUYERS, true),
  step(S.PARTIALLY_RECEIVED, S.CLOSED, BUYERS, true),
  ...[S.DRAFT, S.APPROVED, S.SENT].map((from) => step(from, S.CANCELLED, BUYERS, true)),
];

export const purchaseOrderMachine = transitionTable<S, Role>('purchase order', PURCHASE_ORDER_TRANSITIONS);
