import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { equipmentSetup, inOpenTransaction, watched } from '../support/equipment-fixtures';
import { raiseCalibrationDueAlerts } from '../../src/modules/equipment/calibration-due.job';
import { CalibrationRecordsDocument, EquipmentListDocument, RecordCalibrationDocument, RecordMaintenanceDocument, RegisterEquipmentDocument, SetEquipmentStatusDocument } from '../generated/graphql';

let t: TestServer;
let eqs: Awaited<ReturnType<typeof equipmentSetup>>;
let setup: Awaited<ReturnType<typeof equipmentSetup>>['setup'];
beforeAll(async () => {
  t = await createTestServer();
  eqs = await equipmentSetup(t, 'SPARE');
  setup = eqs.setup;
});
afterAll(async () => {
  await t?.close();
});

const register = (assetTag: string, calibrationIntervalDays: number | null = 180) => eqs.register(assetTag, calibrationIntervalDays);
const calibration = (equipmentId: string, result: 'PASS' | 'FAIL', performedOn = daysFromToday(0)) => eqs.calibration(equipmentId, result, performedOn);
const setStatus = (id: string, status: 'IN_SERVICE' | 'OUT_OF_SERVICE' | 'RETIRED', reason: string) => eqs.setStatus(id, status, reason);
const measureWith = (equipmentId: string, label: string) => eqs.measureWith(equipmentId, label);
const releasedLot = (label: string, quantity: string) => eqs.releasedLot(label, quantity);

describe('equipment and calibration', () => {
  it('starts calibrated equipment out of calibration; a PASS moves the due date and puts it in service', async () => {
    const eq = await register('CAL-001');
    expect(eq).toMatchObject({ status: 'OUT_OF_CALIBRATION', inCalibration: false, calibrationDueOn: null });
    const pass = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-2)) }, 'MAINTENANCE');
    expect(pass.recordCalibration.equipment).toMatchObject({ status: 'IN_SERVICE', inCalibration: true, lastCalibratedOn: daysFromToday(-2), calibrationDueOn: daysFromToday(178) });
    expect(pass.recordCalibration.calibrationRecord).toMatchObject({ result: 'PASS', nextDueOn: daysFromToday(178), recordedBy: 'Test MAINTENANCE' });
  });

  it('takes equipment out of calibration on FAIL and clears its due date, keeps the record append-only, and refuses older or future dates', async () => {
    const eq = await register('CAL-002');
    await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-5)) }, 'MAINTENANCE');
    const fail = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'FAIL') }, 'MAINTENANCE');
    expect(fail.recordCalibration.equipment).toMatchObject({ status: 'OUT_OF_CALIBRATION', inCalibration: false, lastCalibratedOn: daysFromToday(-5), calibrationDueOn: null });
    expect(fail.recordCalibration.calibrationRecord).toMatchObject({ result: 'FAIL', nextDueOn: null });
    const older = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-10)) }, 'MAINTENANCE');
    expect(older.recordCalibration.userErrors[0].field).toEqual(['input', 'performedOn']);
    // A PASS dated between the last pass and the FAIL would put it back in use on a stale result.
    const beforeFail = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-3)) }, 'MAINTENANCE');
    expect(beforeFail.recordCalibration.userErrors[0]).toMatchObject({ field: ['input', 'performedOn'], message: expect.stringContaining(daysFromToday(0)) });
    const future = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(1)) }, 'MAINTENANCE');
    expect(future.recordCalibration.userErrors[0].field).toEqual(['input', 'performedOn']);
    expect((await t.ok(CalibrationRecordsDocument, { equipmentIds: [eq.id] }, 'AUDITOR')).calibrationRecords!.totalCount).toBe(2);
    await expect(t.sql(`DELETE FROM calibration_record WHERE equipment_id = $1`, [eq.id])).rejects.toThrow(/append-only/);
  });

  it('treats equipment past its due date as out of calibration, whatever its stored status says', async () => {
    const eq = await register('CAL-003', 30);
    await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-1)) }, 'MAINTENANCE');
    // Time passes: the due date is moved into the past.
    await t.sql('UPDATE equipment SET calibration_due_on = $2 WHERE id = $1', [eq.id, daysFromToday(-1)]);
    const res = await t.ok(EquipmentListDocument, { first: 1, filter: { ids: [eq.id] } }, 'QA_INSPECTOR');
    expect(res.equipment!.edges[0].node).toMatchObject({ status: 'OUT_OF_CALIBRATION', inCalibration: false });
  });

  it('filters by the status as shown: past-due equipment is OUT_OF_CALIBRATION, not IN_SERVICE', async () => {
    const overdue = await register('CAL-004', 30);
    const current = await register('CAL-005', 30);
    for (const eq of [overdue, current]) await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-1)) }, 'MAINTENANCE');
    await t.sql('UPDATE equipment SET calibration_due_on = $2 WHERE id = $1', [overdue.id, daysFromToday(-1)]);
    const ids = [overdue.id, current.id];
    const byStatus = async (status: 'IN_SERVICE' | 'OUT_OF_CALIBRATION') =>
      (await t.ok(EquipmentListDocument, { first: 10, filter: { ids, status: [status] } }, 'QA_INSPECTOR')).equipment!.edges.map((e) => e.node.id);
    expect(await byStatus('OUT_OF_CALIBRATION')).toEqual([overdue.id]);
    expect(await byStatus('IN_SERVICE')).toEqual([current.id]);
    // What the caller sees is what it may do: the overdue one cannot be "returned" to service by hand.
    const back = await setStatus(overdue.id, 'IN_SERVICE', 'Looks fine');
    expect(back.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('OUT_OF_CALIBRATION') });
  });

  it('keeps equipment whose calibration FAILED out of use until a PASS: not back in service by hand, readings refused', async () => {
    const eq = await register('CAL-FAIL', 180);
    await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-5)) }, 'MAINTENANCE');
    await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'FAIL', daysFromToday(-1)) }, 'MAINTENANCE');
    const off = await setStatus(eq.id, 'OUT_OF_SERVICE', 'Sent for repair');
    expect(off.equipment).toMatchObject({ status: 'OUT_OF_SERVICE', inCalibration: false });
    const audited = async () => Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM audit_entry WHERE entity_id = $1`, [eq.id]))[0].n);
    const auditsBefore = await audited();
    const back = await setStatus(eq.id, 'IN_SERVICE', 'Repaired');
    expect(back.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'status'], message: expect.stringContaining('PASS') });
    expect(await t.sql('SELECT status FROM equipment WHERE id = $1', [eq.id])).toEqual([{ status: 'OUT_OF_SERVICE' }]);
    expect(await audited()).toBe(auditsBefore);
    const { readings } = await measureWith(eq.id, 'MEASURED-FAILED');
    const refused = await readings();
    expect(refused.recordInspectionResults.userErrors[0].code).toBe('EQUIPMENT_NOT_CALIBRATED');
    // Recalibrated after the repair: a PASS, then back into service by hand, and readings are taken again.
    const pass = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS') }, 'MAINTENANCE');
    expect(pass.recordCalibration.equipment).toMatchObject({ status: 'OUT_OF_SERVICE', calibrationDueOn: daysFromToday(180) });
    const inService = await setStatus(eq.id, 'IN_SERVICE', 'Repaired and recalibrated');
    expect(inService.userErrors).toEqual([]);
    expect(inService.equipment).toMatchObject({ status: 'IN_SERVICE', inCalibration: true });
    expect((await readings()).recordInspectionResults.userErrors).toEqual([]);
  });

  it('returns failed equipment straight to service on a PASS when it was not taken out of service', async () => {
    const eq = await register('CAL-FAIL-2', 180);
    await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-3)) }, 'MAINTENANCE');
    const failed = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'FAIL', daysFromToday(-1)) }, 'MAINTENANCE');
    expect(failed.recordCalibration.equipment).toMatchObject({ status: 'OUT_OF_CALIBRATION', calibrationDueOn: null });
    const pass = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS') }, 'MAINTENANCE');
    expect(pass.recordCalibration.equipment).toMatchObject({ status: 'IN_SERVICE', inCalibration: true, calibrationDueOn: daysFromToday(180) });
  });

  it('keeps equipment a person took out of service OUT_OF_SERVICE through a FAIL and a PASS', async () => {
    const eq = await register('CAL-CRACKED', 180);
    await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-3)) }, 'MAINTENANCE');
    expect((await setStatus(eq.id, 'OUT_OF_SERVICE', 'Cracked housing')).userErrors).toEqual([]);
    const failed = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'FAIL', daysFromToday(-1)) }, 'MAINTENANCE');
    expect(failed.recordCalibration.equipment).toMatchObject({ status: 'OUT_OF_SERVICE', inCalibration: false, calibrationDueOn: null, lastCalibratedOn: daysFromToday(-3) });
    expect((await setStatus(eq.id, 'IN_SERVICE', 'Looks fine')).userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('PASS') });
    const pass = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS') }, 'MAINTENANCE');
    expect(pass.recordCalibration.equipment).toMatchObject({ status: 'OUT_OF_SERVICE', calibrationDueOn: daysFromToday(180) });
    expect((await setStatus(eq.id, 'IN_SERVICE', 'Housing replaced')).equipment).toMatchObject({ status: 'IN_SERVICE', inCalibration: true });
  });

  it('makes readings wait for a calibration FAIL being recorded on their equipment, then refuses them', async () => {
    const eq = await register('CAL-RACE', 180);
    await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-1)) }, 'MAINTENANCE');
    const { readings } = await measureWith(eq.id, 'MEASURED-RACE');
    await inOpenTransaction(t, async (db, commit) => {
      // recordCalibration(FAIL) half-way: the equipment row locked and out of calibration, its lookback still to run.
      await db.query('SELECT 1 FROM equipment WHERE id = $1 FOR UPDATE', [eq.id]);
      await db.query(`UPDATE equipment SET status = 'OUT_OF_CALIBRATION', calibration_due_on = NULL, version = version + 1 WHERE id = $1`, [eq.id]);
      const reading = watched(t, readings());
      await reading.waiting();
      expect(reading.settled()).toBe(false);
      await commit();
      expect((await reading.result).recordInspectionResults.userErrors[0]).toMatchObject({ code: 'EQUIPMENT_NOT_CALIBRATED', field: ['input', 'readings', '0', 'equipmentId'] });
    });
    expect(await t.sql('SELECT 1 FROM inspection_reading WHERE equipment_id = $1', [eq.id])).toHaveLength(0);
  });

  it('is registered and calibrated by MAINTENANCE, not by QA_INSPECTOR; duplicates and bad intervals are refused', async () => {
    const denied = await t.gql(RegisterEquipmentDocument, { input: { assetTag: 'X', name: 'x', type: 'TEST_FIXTURE', siteId: setup.siteId } }, 'QA_INSPECTOR');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await register('CAL-DUP');
    const dup = await t.ok(RegisterEquipmentDocument, { input: { assetTag: 'CAL-DUP', name: 'x', type: 'TEST_FIXTURE', siteId: setup.siteId } }, 'MAINTENANCE');
    expect(dup.registerEquipment.userErrors[0].code).toBe('DUPLICATE');
    const bad = await t.ok(RegisterEquipmentDocument, { input: { assetTag: 'CAL-BAD', name: 'x', type: 'TEST_FIXTURE', siteId: setup.siteId, calibrationIntervalDays: 0 } }, 'MAINTENANCE');
    expect(bad.registerEquipment.userErrors[0].field).toEqual(['input', 'calibrationIntervalDays']);
  });

  it('follows the status table and tells subscribers', async () => {
    const eq = await register('PRESS-1', null);
    expect(eq).toMatchObject({ status: 'IN_SERVICE', inCalibration: true });
    const before = t.subscriberCount;
    const sub = subscribe<{ equipmentStatusChanged: { previousStatus: string; status: string } }>(
      t.ws({ authorization: `Bearer ${t.token('PRODUCTION')}` }),
      'subscription($f: EquipmentStatusChangedFilter) { equipmentStatusChanged(filter: $f) { previousStatus status } }',
      { f: { equipmentIds: [eq.id] } },
    );
    await t.subscribers(before + 1);
    const off = await t.ok(SetEquipmentStatusDocument, { input: { id: eq.id, expectedVersion: 1, status: 'OUT_OF_SERVICE', reason: 'Hydraulic leak' } }, 'MAINTENANCE');
    expect(off.setEquipmentStatus.equipment?.status).toBe('OUT_OF_SERVICE');
    const retired = await t.ok(SetEquipmentStatusDocument, { input: { id: eq.id, expectedVersion: 2, status: 'RETIRED', reason: 'Replaced' } }, 'MAINTENANCE');
    expect(retired.setEquipmentStatus.equipment?.status).toBe('RETIRED');
    const back = await t.ok(SetEquipmentStatusDocument, { input: { id: eq.id, expectedVersion: 3, status: 'IN_SERVICE', reason: 'r' } }, 'MAINTENANCE');
    expect(back.setEquipmentStatus.userErrors[0].code).toBe('INVALID_TRANSITION');
    // The registration event may still be on its way from the relay when the subscription starts.
    await sub.waitFor(3, 1500);
    expect(sub.events.map((e) => e.equipmentStatusChanged).filter((e) => e.previousStatus !== null)).toEqual([
      { previousStatus: 'IN_SERVICE', status: 'OUT_OF_SERVICE' },
      { previousStatus: 'OUT_OF_SERVICE', status: 'RETIRED' },
    ]);
  });
});

describe('maintenance', () => {
  it('records a maintenance with downtime and issues spare-part lots from stock, all or nothing', async () => {
    const eq = await register('PUMP-1', null);
    const lot = await releasedLot('SEALS', '4');
    const tooMany = await t.ok(
      RecordMaintenanceDocument,
      {
        input: { equipmentId: eq.id, kind: 'CORRECTIVE', description: 'Seal replaced', downtimeMinutes: 90, spareParts: [{ lotId: lot.id, fromLocationId: setup.locationId, quantity: '5' }] },
      },
      'MAINTENANCE',
    );
    expect(tooMany.recordMaintenance.userErrors[0].code).toBe('INSUFFICIENT_STOCK');
    expect(await t.sql('SELECT 1 FROM maintenance_order WHERE equipment_id = $1', [eq.id])).toHaveLength(0);
    const ok = await t.ok(
      RecordMaintenanceDocument,
      {
        input: { equipmentId: eq.id, kind: 'CORRECTIVE', description: 'Seal replaced', downtimeMinutes: 90, spareParts: [{ lotId: lot.id, fromLocationId: setup.locationId, quantity: '2' }] },
      },
      'MAINTENANCE',
    );
    expect(ok.recordMaintenance.maintenanceOrder).toMatchObject({ kind: 'CORRECTIVE', status: 'DONE', downtimeMinutes: 90 });
    const [move] = await t.sql<{ type: string; reference: string }>(`SELECT type, reference FROM stock_movement WHERE lot_id = $1 AND type = 'ISSUE'`, [lot.id]);
    expect(move).toEqual({ type: 'ISSUE', reference: ok.recordMaintenance.maintenanceOrder!.id });
  });

  it('refuses more than 200 spare parts at once, before touching anything', async () => {
    const eq = await register('PUMP-3', null);
    const parts = Array.from({ length: 201 }, () => ({ lotId: 'lot_any', fromLocationId: setup.locationId, quantity: '1' }));
    const res = await t.ok(RecordMaintenanceDocument, { input: { equipmentId: eq.id, kind: 'PREVENTIVE', description: 'Kit', downtimeMinutes: 0, spareParts: parts } }, 'MAINTENANCE');
    expect(res.recordMaintenance.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'spareParts'] });
    expect(await t.sql('SELECT 1 FROM maintenance_order WHERE equipment_id = $1', [eq.id])).toHaveLength(0);
    expect(await t.sql(`SELECT 1 FROM audit_entry WHERE entity_id = $1 AND action = 'MAINTENANCE'`, [eq.id])).toHaveLength(0);
  });

  it('refuses a spare-part lot that is not released, and writes nothing', async () => {
    const eq = await register('PUMP-2', null);
    const quarantined = await setup.lot('SEALS-Q', '4');
    expect(quarantined.status).toBe('QUARANTINE');
    const res = await t.ok(
      RecordMaintenanceDocument,
      {
        input: { equipmentId: eq.id, kind: 'CORRECTIVE', description: 'Seal replaced', downtimeMinutes: 30, spareParts: [{ lotId: quarantined.id, fromLocationId: setup.locationId, quantity: '1' }] },
      },
      'MAINTENANCE',
    );
    expect(res.recordMaintenance.userErrors[0]).toMatchObject({ code: 'LOT_NOT_RELEASED', message: expect.stringContaining('QUARANTINE') });
    expect(res.recordMaintenance.maintenanceOrder).toBeNull();
    expect(await t.sql('SELECT 1 FROM maintenance_order WHERE equipment_id = $1', [eq.id])).toHaveLength(0);
    expect(await t.sql(`SELECT 1 FROM stock_movement WHERE lot_id = $1 AND type <> 'RECEIVE'`, [quarantined.id])).toHaveLength(0);
    expect(await t.sql(`SELECT 1 FROM audit_entry WHERE entity_id = $1 AND action = 'MAINTENANCE'`, [eq.id])).toHaveLength(0);
  });
});

describe('CALIBRATION_DUE alerts', () => {
  it('are raised once per equipment and due date, within the lead time', async () => {
    const soon = await register('DUE-SOON', 10);
    await t.ok(RecordCalibrationDocument, { input: calibration(soon.id, 'PASS') }, 'MAINTENANCE');
    const later = await register('DUE-LATER', 365);
    await t.ok(RecordCalibrationDocument, { input: calibration(later.id, 'PASS') }, 'MAINTENANCE');
    await raiseCalibrationDueAlerts(t.server.platform);
    await raiseCalibrationDueAlerts(t.server.platform);
    const alerts = await t.sql<{ aggregate_id: string; payload: { alertType: string; details: { dueOn: string } } }>(`SELECT aggregate_id, payload FROM outbox_event WHERE event_type = 'AlertRaised'`);
    expect(alerts.filter((a) => a.aggregate_id === soon.id)).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ alertType: 'CALIBRATION_DUE', details: expect.objectContaining({ dueOn: daysFromToday(10) }) }) }),
    ]);
    expect(alerts.filter((a) => a.aggregate_id === later.id)).toHaveLength(0);
  });
});
