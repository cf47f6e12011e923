import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { receive, receivingSetup } from '../support/lot-fixtures';
import { raiseCalibrationDueAlerts } from '../../src/modules/equipment/calibration-due.job';
import {
  CalibrationRecordsDocument, EquipmentListDocument, RecordCalibrationDocument, RecordMaintenanceDocument, RegisterEquipmentDocument,
  SetEquipmentStatusDocument,
} from '../generated/graphql';

let t: TestServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
beforeAll(async () => {
  t = await createTestServer();
  setup = await receivingSetup(t, 'SPARE');
});
afterAll(async () => {
  await t?.close();
});

async function register(assetTag: string, calibrationIntervalDays: number | null = 180) {
  const res = await t.ok(RegisterEquipmentDocument, { input: { assetTag, name: `Caliper ${assetTag}`, type: 'MEASURING_INSTRUMENT', siteId: setup.siteId, calibrationIntervalDays } }, 'MAINTENANCE');
  expect(res.registerEquipment.userErrors).toEqual([]);
  return res.registerEquipment.equipment!;
}

const calibration = (equipmentId: string, result: 'PASS' | 'FAIL', performedOn = daysFromToday(0)) => ({
  equipmentId, performedOn, performedBy: 'Metrology lab CNAS L1234', referenceStandard: 'Gauge block set GB-7', asFound: '+0.002 mm', asLeft: '+0.000 mm', result,
});

describe('equipment and calibration', () => {
  it('starts calibrated equipment out of calibration; a PASS moves the due date and puts it in service', async () => {
    const eq = await register('CAL-001');
    expect(eq).toMatchObject({ status: 'OUT_OF_CALIBRATION', inCalibration: false, calibrationDueOn: null });
    const pass = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-2)) }, 'MAINTENANCE');
    expect(pass.recordCalibration.equipment).toMatchObject({ status: 'IN_SERVICE', inCalibration: true, lastCalibratedOn: daysFromToday(-2), calibrationDueOn: daysFromToday(178) });
    expect(pass.recordCalibration.calibrationRecord).toMatchObject({ result: 'PASS', nextDueOn: daysFromToday(178), recordedBy: 'Test MAINTENANCE' });
  });

  it('takes equipment out of calibration on FAIL, keeps the record append-only, and refuses older or future dates', async () => {
    const eq = await register('CAL-002');
    await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-5)) }, 'MAINTENANCE');
    const fail = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'FAIL') }, 'MAINTENANCE');
    expect(fail.recordCalibration.equipment).toMatchObject({ status: 'OUT_OF_CALIBRATION', inCalibration: false, calibrationDueOn: daysFromToday(175) });
    const older = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-10)) }, 'MAINTENANCE');
    expect(older.recordCalibration.userErrors[0].field).toEqual(['input', 'performedOn']);
    const future = await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(1)) }, 'MAINTENANCE');
    expect(future.recordCalibration.userErrors[0].field).toEqual(['input', 'performedOn']);
    expect((await t.ok(CalibrationRecordsDocument, { equipmentIds: [eq.id] }, 'AUDITOR')).calibrationRecords.totalCount).toBe(2);
    await expect(t.sql(`DELETE FROM calibration_record WHERE equipment_id = $1`, [eq.id])).rejects.toThrow(/append-only/);
  });

  it('treats equipment past its due date as out of calibration, whatever its status says', async () => {
    const eq = await register('CAL-003', 30);
    await t.ok(RecordCalibrationDocument, { input: calibration(eq.id, 'PASS', daysFromToday(-1)) }, 'MAINTENANCE');
    // Time passes: the due date is moved into the past.
    await t.sql('UPDATE equipment SET calibration_due_on = current_date - 1 WHERE id = $1', [eq.id]);
    const res = await t.ok(EquipmentListDocument, { first: 1, filter: { ids: [eq.id] } }, 'QA_INSPECTOR');
    expect(res.equipment.edges[0].node).toMatchObject({ status: 'IN_SERVICE', inCalibration: false });
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
      'subscription($f: EquipmentStatusChangedFilter) { equipmentStatusChanged(filter: $f) { previousStatus status } }', { f: { equipmentIds: [eq.id] } });
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
      { previousStatus: 'IN_SERVICE', status: 'OUT_OF_SERVICE' }, { previousStatus: 'OUT_OF_SERVICE', status: 'RETIRED' },
    ]);
  });
});

describe('maintenance', () => {
  it('records a maintenance with downtime and issues spare-part lots from stock, all or nothing', async () => {
    const eq = await register('PUMP-1', null);
    const lot = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: 'SEALS', quantity: '4', locationId: setup.locationId });
    const tooMany = await t.ok(RecordMaintenanceDocument, {
      input: { equipmentId: eq.id, kind: 'CORRECTIVE', description: 'Seal replaced', downtimeMinutes: 90, spareParts: [{ lotId: lot.id, fromLocationId: setup.locationId, quantity: '5' }] },
    }, 'MAINTENANCE');
    expect(tooMany.recordMaintenance.userErrors[0].code).toBe('INSUFFICIENT_STOCK');
    expect(await t.sql('SELECT 1 FROM maintenance_order WHERE equipment_id = $1', [eq.id])).toHaveLength(0);
    const ok = await t.ok(RecordMaintenanceDocument, {
      input: { equipmentId: eq.id, kind: 'CORRECTIVE', description: 'Seal replaced', downtimeMinutes: 90, spareParts: [{ lotId: lot.id, fromLocationId: setup.locationId, quantity: '2' }] },
    }, 'MAINTENANCE');
    expect(ok.recordMaintenance.maintenanceOrder).toMatchObject({ kind: 'CORRECTIVE', status: 'DONE', downtimeMinutes: 90 });
    const [move] = await t.sql<{ type: string; reference: string }>(`SELECT type, reference FROM stock_movement WHERE lot_id = $1 AND type = 'ISSUE'`, [lot.id]);
    expect(move).toEqual({ type: 'ISSUE', reference: ok.recordMaintenance.maintenanceOrder!.id });
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
    expect(alerts.filter((a) => a.aggregate_id === soon.id)).toEqual([expect.objectContaining({ payload: expect.objectContaining({ alertType: 'CALIBRATION_DUE', details: expect.objectContaining({ dueOn: daysFromToday(10) }) }) })]);
    expect(alerts.filter((a) => a.aggregate_id === later.id)).toHaveLength(0);
  });
});
