import { effectiveEquipmentStatus, hasValidCalibration } from '../../src/modules/equipment/effective-status';
import { CalibrationResult as R, EquipmentStatus as S } from '../../src/modules/equipment/equipment.enums';
import { passMayReturnToService, statusAfterCalibration } from '../../src/modules/equipment/calibration-outcome';

const today = '2026-03-10';
const calibrated = (status: S, calibrationDueOn: string | null) => ({ status, calibrationIntervalDays: 180, calibrationDueOn });

describe('equipment status as shown', () => {
  it('reads OUT_OF_CALIBRATION for equipment in service past its due date, or with no passing calibration', () => {
    expect(effectiveEquipmentStatus(calibrated(S.IN_SERVICE, '2026-03-09'), today)).toBe(S.OUT_OF_CALIBRATION);
    expect(effectiveEquipmentStatus(calibrated(S.IN_SERVICE, null), today)).toBe(S.OUT_OF_CALIBRATION);
    expect(effectiveEquipmentStatus(calibrated(S.IN_SERVICE, today), today)).toBe(S.IN_SERVICE);
  });

  it('leaves other statuses, and equipment that needs no calibration, as stored', () => {
    expect(effectiveEquipmentStatus(calibrated(S.OUT_OF_SERVICE, '2026-01-01'), today)).toBe(S.OUT_OF_SERVICE);
    expect(effectiveEquipmentStatus(calibrated(S.RETIRED, null), today)).toBe(S.RETIRED);
    expect(effectiveEquipmentStatus({ status: S.IN_SERVICE, calibrationIntervalDays: null, calibrationDueOn: null }, today)).toBe(S.IN_SERVICE);
  });

  it('counts a calibration as valid only while a passing one has not run out', () => {
    expect(hasValidCalibration(calibrated(S.OUT_OF_SERVICE, today), today)).toBe(true);
    expect(hasValidCalibration(calibrated(S.OUT_OF_SERVICE, null), today)).toBe(false);
    expect(hasValidCalibration(calibrated(S.OUT_OF_SERVICE, '2026-03-09'), today)).toBe(false);
  });
});

describe('status after a calibration', () => {
  it('takes equipment out of calibration on FAIL, but leaves OUT_OF_SERVICE equipment out of service', () => {
    expect(statusAfterCalibration(S.IN_SERVICE, R.FAIL, false)).toBe(S.OUT_OF_CALIBRATION);
    expect(statusAfterCalibration(S.OUT_OF_CALIBRATION, R.FAIL, false)).toBe(S.OUT_OF_CALIBRATION);
    expect(statusAfterCalibration(S.OUT_OF_SERVICE, R.FAIL, true)).toBe(S.OUT_OF_SERVICE);
    expect(statusAfterCalibration(S.OUT_OF_SERVICE, R.FAIL, false)).toBe(S.OUT_OF_SERVICE);
  });

  it('returns OUT_OF_CALIBRATION equipment to service on PASS only when no maintenance is in progress on it', () => {
    expect(statusAfterCalibration(S.OUT_OF_CALIBRATION, R.PASS, false)).toBe(S.IN_SERVICE);
    expect(statusAfterCalibration(S.OUT_OF_CALIBRATION, R.PASS, true)).toBe(S.OUT_OF_CALIBRATION);
    expect(statusAfterCalibration(S.OUT_OF_SERVICE, R.PASS, false)).toBe(S.OUT_OF_SERVICE);
    expect(statusAfterCalibration(S.IN_SERVICE, R.PASS, false)).toBe(S.IN_SERVICE);
  });

  it('asks about maintenance in progress only for a PASS on equipment out of calibration', () => {
    expect(passMayReturnToService(S.OUT_OF_CALIBRATION, R.PASS)).toBe(true);
    expect(passMayReturnToService(S.OUT_OF_CALIBRATION, R.FAIL)).toBe(false);
    expect(passMayReturnToService(S.OUT_OF_SERVICE, R.PASS)).toBe(false);
  });
});
