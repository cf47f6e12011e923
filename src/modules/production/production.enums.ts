import { registerEnumType } from 'type-graphql';
import type { Role } from '../../core/authz/role';
import { transitionTable } from '../../core/state-machine';

export enum WorkOrderStatus {
  PLANNED = 'PLANNED',
  RELEASED = 'RELEASED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WorkOrderStatus, {
  name: 'WorkOrderStatus',
  description: 'PLANNED -> RELEASED -> IN_PROGRESS (first consumption) -> COMPLETED -> CLOSED; CANCELLED before any consumption.',
  valuesConfig: {
    CANCELLED: { description: 'Cancelled before completion.' },
    CLOSED: { description: 'Closed; no more changes.' },
    COMPLETED: { description: 'Production finished.' },
    IN_PROGRESS: { description: 'The first component was consumed.' },
    PLANNED: { description: 'Planned; not yet released to the floor.' },
    RELEASED: { description: 'Released to production; components may be consumed.' },
  },
});

const S = WorkOrderStatus;
const PLANNERS: Role[] = ['ADMIN', 'PRODUCTION'];

/** Work-order lifecycle as data; IN_PROGRESS is entered by the first consumption. */
export const workOrderMachine = transitionTable<WorkOrderStatus, Role>('Work order', [
  { from: S.PLANNED, to: S.RELEASED, allowedRoles: PLANNERS, requiresReason: true },
  { from: S.RELEASED, to: S.IN_PROGRESS, allowedRoles: [...PLANNERS, 'INTEGRATION'], requiresReason: true },
  { from: S.IN_PROGRESS, to: S.COMPLETED, allowedRoles: PLANNERS, requiresReason: true },
  { from: S.COMPLETED, to: S.CLOSED, allowedRoles: [...PLANNERS, 'QA_MANAGER'], requiresReason: true },
  { from: S.PLANNED, to: S.CANCELLED, allowedRoles: PLANNERS, requiresReason: true },
  { from: S.RELEASED, to: S.CANCELLED, allowedRoles: PLANNERS, requiresReason: true },
]);
