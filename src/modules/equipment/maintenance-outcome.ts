import type { EquipmentEntity } from './equipment.entity';
import { EquipmentStatus, MaintenanceKind } from './equipment.enums';
import { hasValidCalibration } from './effective-status';

type EquipmentState = Pick<EquipmentEntity, 'status' | 'calibrationIntervalDays' | 'calibrationDueOn'>;

/**
 * Starting maintenance takes the equipment out of use: in service (past its due date or not)
 * or out of calibration, it goes OUT_OF_SERVICE, so that not even a PASS calibration puts it
 * back in use while it is being worked on. Equipment already OUT_OF_SERVICE stays as a person set it.
 */
export function startTakesOutOfService(e: Pick<EquipmentEntity, 'status'>): boolean {
  return e.status === EquipmentStatus.IN_SERVICE || e.status === EquipmentStatus.OUT_OF_CALIBRATION;
}

/** What completing maintenance does to the equipment; null when nothing changes. */
export interface MaintenanceOutcome {
  status: EquipmentStatus;
  calibrationDueOn: string | null;
  /** ISO 13485 7.6: repaired equipment that needs calibration must pass one before use. */
  reverify: boolean;
}

/**
 * - Returning equipment the maintenance took out of service: IN_SERVICE if its calibration
 *   is still valid, else OUT_OF_CALIBRATION (a PASS returns it).
 * - CORRECTIVE work on equipment that needs calibration invalidates the calibration, like a
 *   FAIL: the due date is cleared and equipment in service, or being returned, goes
 *   OUT_OF_CALIBRATION, so only a later PASS puts it back in use. Equipment a person took out of
 *   service stays OUT_OF_SERVICE, but cannot go back in service by hand before that PASS.
 */
export function equipmentAfterMaintenance(e: EquipmentState, kind: MaintenanceKind, returnsToService: boolean, today: string): MaintenanceOutcome | null {
  const reverify = kind === MaintenanceKind.CORRECTIVE && e.calibrationIntervalDays !== null;
  const calibrationDueOn = reverify ? null : e.calibrationDueOn;
  let status = e.status;
  if (returnsToService && e.status === EquipmentStatus.OUT_OF_SERVICE) {
    status = reverify || !hasValidCalibration(e, today) ? EquipmentStatus.OUT_OF_CALIBRATION : EquipmentStatus.IN_SERVICE;
  } else if (reverify && e.status === EquipmentStatus.IN_SERVICE) {
    status = EquipmentStatus.OUT_OF_CALIBRATION;
  }
  if (status === e.status && calibrationDueOn === e.calibrationDueOn) return null;
  return { status, calibrationDueOn, reverify };
}
