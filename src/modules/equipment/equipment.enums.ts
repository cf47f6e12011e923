import { registerEnumType } from 'type-graphql';
import type { Role } from '../../core/authz/role';
import { transitionTable } from '../../core/state-machine';

export enum EquipmentType {
  MEASURING_INSTRUMENT = 'MEASURING_INSTRUMENT',
  TEST_FIXTURE = 'TEST_FIXTURE',
  PRODUCTION_ASSET = 'PRODUCTION_ASSET',
  FACILITY = 'FACILITY',
}

export enum EquipmentStatus {
  IN_SERVICE = 'IN_SERVICE',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
  OUT_OF_CALIBRATION = 'OUT_OF_CALIBRATION',
  RETIRED = 'RETIRED',
}

export enum CalibrationResult {
  PASS = 'PASS',
  FAIL = 'FAIL',
}

export enum MaintenanceKind {
  PREVENTIVE = 'PREVENTIVE',
  CORRECTIVE = 'CORRECTIVE',
}

export enum MaintenanceOrderStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(EquipmentType, { name: 'EquipmentType' });
registerEnumType(EquipmentStatus, { name: 'EquipmentStatus', description: 'Past its calibration due date, equipment counts as out of calibration whatever its status says.' });
registerEnumType(CalibrationResult, { name: 'CalibrationResult' });
registerEnumType(MaintenanceKind, { name: 'MaintenanceKind', description: 'CORRECTIVE work on equipment that needs calibration leaves it OUT_OF_CALIBRATION until a PASS (ISO 13485 7.6).' });
registerEnumType(MaintenanceOrderStatus, {
  name: 'MaintenanceOrderStatus',
  description: 'OPEN → IN_PROGRESS (the equipment is taken out of service) → DONE; OPEN → DONE; OPEN or IN_PROGRESS → CANCELLED with a reason. '
    + 'Work recorded after the fact is DONE at once.',
});

const S = EquipmentStatus;
const KEEPERS: Role[] = ['ADMIN', 'MAINTENANCE'];

/** Manual status changes; calibration results move IN_SERVICE <-> OUT_OF_CALIBRATION themselves. */
export const equipmentStatusMachine = transitionTable<EquipmentStatus, Role>('Equipment', [
  { from: S.IN_SERVICE, to: S.OUT_OF_SERVICE, allowedRoles: KEEPERS, requiresReason: true },
  { from: S.OUT_OF_SERVICE, to: S.IN_SERVICE, allowedRoles: KEEPERS, requiresReason: true },
  { from: S.OUT_OF_CALIBRATION, to: S.OUT_OF_SERVICE, allowedRoles: KEEPERS, requiresReason: true },
  { from: S.IN_SERVICE, to: S.RETIRED, allowedRoles: KEEPERS, requiresReason: true },
  { from: S.OUT_OF_SERVICE, to: S.RETIRED, allowedRoles: KEEPERS, requiresReason: true },
  { from: S.OUT_OF_CALIBRATION, to: S.RETIRED, allowedRoles: KEEPERS, requiresReason: true },
]);
