import type { Role } from '../../core/authz/role';
import { transitionTable, type Transition } from '../../core/state-machine';
import { MaintenanceOrderStatus as S } from './equipment.enums';

/** Who may `maintain` Equipment (roles/maintenance.ts, ADMIN). */
const MAINTAINERS: Role[] = ['ADMIN', 'MAINTENANCE'];

const step = (from: S, to: S, requiresReason = false): Transition<S, Role> => ({ from, to, allowedRoles: MAINTAINERS, requiresReason });

/** The maintenance order lifecycle as data; what each step does to the equipment is in maintenance-outcome.ts. */
export const MAINTENANCE_ORDER_TRANSITIONS: Transition<S, Role>[] = [
  step(S.OPEN, S.IN_PROGRESS),
  step(S.OPEN, S.DONE),
  step(S.IN_PROGRESS, S.DONE),
  step(S.OPEN, S.CANCELLED, true),
  step(S.IN_PROGRESS, S.CANCELLED, true),
];

export const maintenanceOrderMachine = transitionTable<S, Role>('maintenance order', MAINTENANCE_ORDER_TRANSITIONS);
