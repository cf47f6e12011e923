import { registerEnumType } from 'type-graphql';
import type { Role as RoleName } from '../../core/authz/role';
import { ROLES } from '../../core/authz/role';
import { transitionTable } from '../../core/state-machine';

/** The roles of API.md as a GraphQL enum (the JWT claim carries the same names). */
export const Role = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in RoleName]: K };
registerEnumType(Role, { name: 'Role', description: 'A role carried in the JWT `roles` claim.' });

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(UserStatus, { name: 'UserStatus', description: 'Users are deactivated, never deleted.' });

/** Deactivation is final: records signed by the user must keep pointing at the same account. */
export const userStateMachine = transitionTable<UserStatus, RoleName>('User', [
  { from: UserStatus.ACTIVE, to: UserStatus.DEACTIVATED, allowedRoles: ['ADMIN'], requiresReason: true },
]);
