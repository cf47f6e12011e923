import type { Role } from '../../core/authz/role';
import { transitionTable, type Transition } from '../../core/state-machine';
import { CustomerStatus } from './customer.enums';

const MAINTAINERS: Role[] = ['ADMIN', 'SALES'];

/** Customers are deactivated and reactivated with a reason, never deleted: shipments and recalls point at them. */
export const CUSTOMER_TRANSITIONS: Transition<CustomerStatus, Role>[] = [
  { from: CustomerStatus.ACTIVE, to: CustomerStatus.INACTIVE, allowedRoles: MAINTAINERS, requiresReason: true },
  { from: CustomerStatus.INACTIVE, to: CustomerStatus.ACTIVE, allowedRoles: MAINTAINERS, requiresReason: true },
];

export const customerStateMachine = transitionTable('Customer', CUSTOMER_TRANSITIONS);
