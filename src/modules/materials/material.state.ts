import type { Role } from '../../core/authz/role';
import { MaterialStatus } from './material.enums';
import { transitionTable, type Transition } from '../../core/state-machine';

/** The material lifecycle. Only ACTIVE materials may be bought, made or sold (later modules). */
export const MATERIAL_TRANSITIONS: Transition<MaterialStatus, Role>[] = [
  { from: MaterialStatus.DRAFT, to: MaterialStatus.ACTIVE, allowedRoles: ['ADMIN', 'QA_MANAGER'], requiresReason: true },
  { from: MaterialStatus.DRAFT, to: MaterialStatus.OBSOLETE, allowedRoles: ['ADMIN', 'QA_MANAGER'], requiresReason: true },
  { from: MaterialStatus.ACTIVE, to: MaterialStatus.OBSOLETE, allowedRoles: ['ADMIN', 'QA_MANAGER'], requiresReason: true },
];

export const materialStateMachine = transitionTable('Material', MATERIAL_TRANSITIONS);
