import { effectiveEquipmentStatus, hasValidCalibration } from '../../src/modules/equipment/effective-status';
import { EquipmentStatus as S } from '../../src/modules/equipment/equipment.enums';

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
