import { registerEnumType } from 'type-graphql';
import type { Role } from '../../core/authz/role';
import { transitionTable } from '../../core/state-machine';

export enum CustomerStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

registerEnumType(CustomerStatus, { name: 'CustomerStatus', description: 'INACTIVE customers take no new orders; their records stay.' });

const WRITERS: Role[] = ['ADMIN', 'SALES'];

/** Customers are deactivated and reactivated with a reason, never deleted. */
export const customerStateMachine = transitionTable('Customer', [
  { from: CustomerStatus.ACTIVE, to: CustomerStatus.INACTIVE, allowedRoles: WRITERS, requiresReason: true },
  { from: CustomerStatus.INACTIVE, to: CustomerStatus.ACTIVE, allowedRoles: WRITERS, requiresReason: true },
]);
