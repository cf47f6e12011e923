import type { EquipmentEntity } from './equipment.entity';
import { EquipmentStatus } from './equipment.enums';

type CalibrationState = Pick<EquipmentEntity, 'status' | 'calibrationIntervalDays' | 'calibrationDueOn'>;

/**
 * Needs no calibration, or has a passing one that has not run out. A FAIL clears the due date,
 * so only a later PASS makes this true again.
 */
export function hasValidCalibration(e: CalibrationState, today: string): boolean {
  if (e.calibrationIntervalDays === null) return true;
  return e.calibrationDueOn !== null && e.calibrationDueOn >= today;
}

/** ISO 13485 7.6: in service without a valid calibration counts as OUT_OF_CALIBRATION, whatever is stored. */
export function effectiveEquipmentStatus(e: CalibrationState, today: string): EquipmentStatus {
  return e.status === EquipmentStatus.IN_SERVICE && !hasValidCalibration(e, today) ? EquipmentStatus.OUT_OF_CALIBRATION : e.status;
}

/** The same rule in SQL, for filters; `today` is a bound parameter (a UTC date, like todayUtc()). */
export function effectiveStatusSql(alias: string, today: string): string {
  return `(CASE WHEN ${alias}.status = '${EquipmentStatus.IN_SERVICE}' AND ${alias}.calibration_interval_days IS NOT NULL
    AND (${alias}.calibration_due_on IS NULL OR ${alias}.calibration_due_on < ${today})
    THEN '${EquipmentStatus.OUT_OF_CALIBRATION}' ELSE ${alias}.status END)`;
}
