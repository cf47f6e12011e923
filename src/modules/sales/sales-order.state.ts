import type { Role } from '../../core/authz/role';
import { transitionTable, type Transition } from '../../core/state-machine';
import { SalesOrderStatus as S } from './sales.enums';

const SALES: Role[] = ['ADMIN', 'SALES'];
const FULFIL: Role[] = ['ADMIN', 'SALES', 'WAREHOUSE'];
const step = (from: S, to: S, allowedRoles: Role[], requiresReason = false): Transition<S, Role> => ({ from, to, allowedRoles, requiresReason });

/** The sales order lifecycle of the orders issue: confirmed by sales, allocated and shipped by the warehouse. */
export const salesOrderStateMachine = transitionTable<S, Role>('Sales order', [
  step(S.DRAFT, S.CONFIRMED, SALES),
  step(S.CONFIRMED, S.ALLOCATED, FULFIL),
  step(S.ALLOCATED, S.SHIPPED, ['ADMIN', 'WAREHOUSE']),
  step(S.SHIPPED, S.CLOSED, SALES, true),
  step(S.DRAFT, S.CANCELLED, SALES, true),
  step(S.CONFIRMED, S.CANCELLED, SALES, true),
  step(S.ALLOCATED, S.CANCELLED, SALES, true),
]);
