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

registerEnumType(EquipmentType, {
  name: 'EquipmentType',
  description: 'What kind of equipment it is (ISO 13485 7.6 applies to measuring instruments and fixtures).',
  valuesConfig: {
    FACILITY: { description: 'Facility equipment, e.g. a clean room or climate chamber.' },
    MEASURING_INSTRUMENT: { description: 'An instrument used for measurements, e.g. a caliper or gauge.' },
    PRODUCTION_ASSET: { description: 'A production machine, e.g. an extruder or sealer.' },
    TEST_FIXTURE: { description: 'A fixture or jig used in testing.' },
  },
});
registerEnumType(EquipmentStatus, {
  name: 'EquipmentStatus',
  description: 'Past its calibration due date, equipment counts as out of calibration whatever its status says.',
  valuesConfig: {
    IN_SERVICE: { description: 'Usable (if not past its calibration due date).' },
    OUT_OF_CALIBRATION: { description: 'Past its due date or failed calibration: may not be used for measurements.' },
    OUT_OF_SERVICE: { description: 'Taken out of use, e.g. for maintenance.' },
    RETIRED: { description: 'Permanently withdrawn; its records stay.' },
  },
});
registerEnumType(CalibrationResult, {
  name: 'CalibrationResult',
  description: 'Outcome of a calibration.',
  valuesConfig: {
    FAIL: { description: 'Out of tolerance: the equipment goes OUT_OF_CALIBRATION and what was measured with it since its last passing calibration gets a nonconformance.' },
    PASS: { description: 'Within tolerance: the due date moves and the equipment returns to service.' },
  },
});
registerEnumType(MaintenanceKind, {
  name: 'MaintenanceKind',
  description: 'CORRECTIVE work on equipment that needs calibration leaves it OUT_OF_CALIBRATION until a PASS (ISO 13485 7.6).',
  valuesConfig: { CORRECTIVE: { description: 'Repair after a fault.' }, PREVENTIVE: { description: 'Planned, periodic upkeep.' } },
});
registerEnumType(MaintenanceOrderStatus, {
  name: 'MaintenanceOrderStatus',
  description: 'OPEN → IN_PROGRESS (the equipment is taken out of service) → DONE; OPEN → DONE; OPEN or IN_PROGRESS → CANCELLED with a reason. ' + 'Work recorded after the fact is DONE at once.',
  valuesConfig: {
    CANCELLED: { description: 'Cancelled before completion.' },
    DONE: { description: 'Completed and recorded.' },
    IN_PROGRESS: { description: 'Work under way; the equipment is out of service.' },
    OPEN: { description: 'Planned; the equipment is still in use.' },
  },
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
