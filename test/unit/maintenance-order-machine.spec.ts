import { maintenanceOrderMachine } from '../../src/modules/equipment/maintenance-order.state';
import { equipmentAfterMaintenance, startTakesOutOfService } from '../../src/modules/equipment/maintenance-outcome';
import { EquipmentStatus as E, MaintenanceKind as K, MaintenanceOrderStatus as S } from '../../src/modules/equipment/equipment.enums';

const ALL = Object.values(S);
const LEGAL: [S, S][] = [
  [S.OPEN, S.IN_PROGRESS],
  [S.OPEN, S.DONE],
  [S.IN_PROGRESS, S.DONE],
  [S.OPEN, S.CANCELLED],
  [S.IN_PROGRESS, S.CANCELLED],
];

describe('maintenance order lifecycle', () => {
  it.each(LEGAL)('lets MAINTENANCE move an order from %s to %s', (from, to) => {
    expect(maintenanceOrderMachine.check(from, to, ['MAINTENANCE'], 'why').ok).toBe(true);
  });

  it('refuses every other pair as INVALID_TRANSITION, including anything out of DONE or CANCELLED', () => {
    for (const from of ALL) {
      for (const to of ALL) {
        if (LEGAL.some(([f, t]) => f === from && t === to)) continue;
        expect([from, to, maintenanceOrderMachine.check(from, to, ['ADMIN'], 'why')]).toMatchObject([from, to, { ok: false, code: 'INVALID_TRANSITION' }]);
      }
    }
  });

  it('keeps maintenance orders to those who may maintain equipment', () => {
    for (const [from, to] of LEGAL) {
      expect(maintenanceOrderMachine.check(from, to, ['ADMIN'], 'why').ok).toBe(true);
      expect(maintenanceOrderMachine.check(from, to, ['PRODUCTION', 'QA_MANAGER'], 'why')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('needs a reason to cancel, and none to start or complete', () => {
    expect(maintenanceOrderMachine.check(S.OPEN, S.CANCELLED, ['MAINTENANCE'], ' ')).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(maintenanceOrderMachine.check(S.IN_PROGRESS, S.CANCELLED, ['MAINTENANCE'], null)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(maintenanceOrderMachine.check(S.OPEN, S.IN_PROGRESS, ['MAINTENANCE'], null).ok).toBe(true);
    expect(maintenanceOrderMachine.check(S.IN_PROGRESS, S.DONE, ['MAINTENANCE'], null).ok).toBe(true);
  });
});

describe('equipment around maintenance', () => {
  const today = '2026-03-10';
  const calibrated = (status: E, calibrationDueOn: string | null = '2026-06-01') => ({ status, calibrationIntervalDays: 180, calibrationDueOn });
  const uncalibrated = (status: E) => ({ status, calibrationIntervalDays: null, calibrationDueOn: null });

  it('takes equipment in use or out of calibration out of service on start, and leaves the rest as a person set it', () => {
    expect(startTakesOutOfService({ status: E.IN_SERVICE })).toBe(true);
    expect(startTakesOutOfService({ status: E.OUT_OF_CALIBRATION })).toBe(true);
    expect(startTakesOutOfService({ status: E.OUT_OF_SERVICE })).toBe(false);
    expect(startTakesOutOfService({ status: E.RETIRED })).toBe(false);
  });

  it('returns equipment it took out of service after preventive work, if its calibration is still valid', () => {
    expect(equipmentAfterMaintenance(calibrated(E.OUT_OF_SERVICE), K.PREVENTIVE, true, today)).toEqual({ status: E.IN_SERVICE, calibrationDueOn: '2026-06-01', reverify: false });
    expect(equipmentAfterMaintenance(uncalibrated(E.OUT_OF_SERVICE), K.CORRECTIVE, true, today)).toEqual({ status: E.IN_SERVICE, calibrationDueOn: null, reverify: false });
  });

  it('returns equipment whose calibration ran out during the work as OUT_OF_CALIBRATION', () => {
    expect(equipmentAfterMaintenance(calibrated(E.OUT_OF_SERVICE, '2026-03-09'), K.PREVENTIVE, true, today)).toMatchObject({ status: E.OUT_OF_CALIBRATION, reverify: false });
  });

  it('after corrective work on calibrated equipment, requires a PASS before use: OUT_OF_CALIBRATION, due date cleared', () => {
    expect(equipmentAfterMaintenance(calibrated(E.OUT_OF_SERVICE), K.CORRECTIVE, true, today)).toEqual({ status: E.OUT_OF_CALIBRATION, calibrationDueOn: null, reverify: true });
    // Recorded after the fact on equipment in use.
    expect(equipmentAfterMaintenance(calibrated(E.IN_SERVICE), K.CORRECTIVE, false, today)).toEqual({ status: E.OUT_OF_CALIBRATION, calibrationDueOn: null, reverify: true });
    // Taken out of service by a person: stays so, but cannot go back by hand before a PASS.
    expect(equipmentAfterMaintenance(calibrated(E.OUT_OF_SERVICE), K.CORRECTIVE, false, today)).toEqual({ status: E.OUT_OF_SERVICE, calibrationDueOn: null, reverify: true });
  });

  it('changes nothing when there is nothing to return or re-verify', () => {
    expect(equipmentAfterMaintenance(calibrated(E.IN_SERVICE), K.PREVENTIVE, false, today)).toBeNull();
    expect(equipmentAfterMaintenance(calibrated(E.OUT_OF_SERVICE), K.PREVENTIVE, false, today)).toBeNull();
    expect(equipmentAfterMaintenance(uncalibrated(E.IN_SERVICE), K.CORRECTIVE, false, today)).toBeNull();
    expect(equipmentAfterMaintenance(calibrated(E.OUT_OF_CALIBRATION, null), K.CORRECTIVE, false, today)).toBeNull();
  });
});
