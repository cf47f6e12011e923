import type { Role } from '../../core/authz/role';
import { transitionTable, type Transition } from '../../core/state-machine';
import { UserStatus } from './user.enums';

/** Deactivation is final: records signed by the user must keep pointing at the same account. */
export const USER_TRANSITIONS: Transition<UserStatus, Role>[] = [{ from: UserStatus.ACTIVE, to: UserStatus.DEACTIVATED, allowedRoles: ['ADMIN'], requiresReason: true }];

export const userStateMachine = transitionTable('User', USER_TRANSITIONS);
