import { CalibrationResult, EquipmentStatus } from './equipment.enums';

/**
 * The status a calibration result leaves equipment in (its due date is the caller's: a PASS
 * moves it, a FAIL clears it whatever the status).
 * - FAIL takes equipment out of calibration; equipment OUT_OF_SERVICE (by a person or by
 *   maintenance in progress) stays OUT_OF_SERVICE, so that whoever took it out decides when it
 *   returns, and with no due date it cannot return before a PASS.
 * - PASS returns OUT_OF_CALIBRATION equipment to service, unless maintenance is in progress on
 *   it: then the order's completion returns it (maintenance-outcome.ts, where CORRECTIVE work
 *   voids a PASS recorded during the repair). Any other status stays as it is.
 */
export function statusAfterCalibration(status: EquipmentStatus, result: CalibrationResult, maintenanceInProgress: boolean): EquipmentStatus {
  if (result === CalibrationResult.FAIL) {
    return status === EquipmentStatus.OUT_OF_SERVICE || status === EquipmentStatus.RETIRED ? status : EquipmentStatus.OUT_OF_CALIBRATION;
  }
  return status === EquipmentStatus.OUT_OF_CALIBRATION && !maintenanceInProgress ? EquipmentStatus.IN_SERVICE : status;
}

/** Whether statusAfterCalibration needs to know of maintenance in progress (spares the query otherwise). */
export function passMayReturnToService(status: EquipmentStatus, result: CalibrationResult): boolean {
  return result === CalibrationResult.PASS && status === EquipmentStatus.OUT_OF_CALIBRATION;
}
