import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { equipmentSetup, inOpenTransaction, watched } from '../support/equipment-fixtures';
import {
  CancelMaintenanceOrderDocument,
  EquipmentListDocument,
  MaintenanceOrdersDocument,
  OpenMaintenanceOrderDocument,
  RecordCalibrationDocument,
  RecordMaintenanceDocument,
  SetEquipmentStatusDocument,
  StartMaintenanceDocument,
  type MaintenanceKind,
} from '../generated/graphql';

let t: TestServer;
let eqs: Awaited<ReturnType<typeof equipmentSetup>>;
beforeAll(async () => {
  t = await createTestServer();
  eqs = await equipmentSetup(t, 'MNT');
});
afterAll(async () => {
  await t?.close();
});

/** Equipment in service: calibrated (with a PASS) unless the interval is null. */
async function inService(assetTag: string, calibrationIntervalDays: number | null = 180) {
  const eq = await eqs.register(assetTag, calibrationIntervalDays);
  if (calibrationIntervalDays === null) return eq;
  const pass = await t.ok(RecordCalibrationDocument, { input: eqs.calibration(eq.id, 'PASS', daysFromToday(-1)) }, 'MAINTENANCE');
  expect(pass.recordCalibration.equipment?.status).toBe('IN_SERVICE');
  return pass.recordCalibration.equipment!;
}

async function open(equipmentId: string, kind: MaintenanceKind = 'PREVENTIVE') {
  const res = await t.ok(OpenMaintenanceOrderDocument, { input: { equipmentId, kind, description: `${kind} service`, plannedFor: daysFromToday(3) } }, 'MAINTENANCE');
  expect(res.openMaintenanceOrder.userErrors).toEqual([]);
  return res.openMaintenanceOrder.maintenanceOrder!;
}

const start = (id: string, expectedVersion: number) => t.ok(StartMaintenanceDocument, { input: { id, expectedVersion } }, 'MAINTENANCE').then((r) => r.startMaintenance);
const complete = (
  maintenanceOrderId: string,
  expectedVersion: number,
  extra: { description?: string; downtimeMinutes?: number; spareParts?: { lotId: string; fromLocationId: string; quantity: string }[] } = {},
) => t.ok(RecordMaintenanceDocument, { input: { maintenanceOrderId, expectedVersion, ...extra } }, 'MAINTENANCE').then((r) => r.recordMaintenance);
const cancel = (id: string, expectedVersion: number, reason: string) =>
  t.ok(CancelMaintenanceOrderDocument, { input: { id, expectedVersion, reason } }, 'MAINTENANCE').then((r) => r.cancelMaintenanceOrder);

/** Equipment with two orders in progress: the first took it out of service, the second found it held and holds it too. */
async function twoInProgress(assetTag: string) {
  const eq = await inService(assetTag, null);
  const first = await open(eq.id);
  const second = await open(eq.id, 'CORRECTIVE');
  await start(first.id, 1);
  expect((await start(second.id, 1)).maintenanceOrder).toMatchObject({ tookEquipmentOutOfService: true });
  return { eq, first, second };
}

/** What a refused call must leave untouched: rows, audit entries and outbox events of the order and its equipment. */
async function footprint(orderId: string, equipmentId: string) {
  const [row] = await t.sql(
    `SELECT
      (SELECT row_to_json(m) FROM maintenance_order m WHERE m.id = $1) AS "order",
      (SELECT row_to_json(e) FROM equipment e WHERE e.id = $2) AS equipment,
      (SELECT count(*)::int FROM audit_entry WHERE entity_id IN ($1, $2)) AS audits,
      (SELECT count(*)::int FROM outbox_event WHERE aggregate_id IN ($1, $2)) AS events,
      (SELECT count(*)::int FROM stock_movement WHERE reference = $1) AS movements`,
    [orderId, equipmentId],
  );
  return row;
}

describe('maintenance order lifecycle', () => {
  it('opens, starts and completes preventive maintenance: out of service while worked on, spare part issued, back in service', async () => {
    const eq = await inService('MNT-PM');
    const before = t.subscriberCount;
    const sub = subscribe<{ equipmentStatusChanged: { previousStatus: string; status: string; reason: string } }>(
      t.ws({ authorization: `Bearer ${t.token('PRODUCTION')}` }),
      'subscription($f: EquipmentStatusChangedFilter) { equipmentStatusChanged(filter: $f) { previousStatus status reason } }',
      { f: { equipmentIds: [eq.id] } },
    );
    await t.subscribers(before + 1);

    const order = await open(eq.id);
    expect(order).toMatchObject({ status: 'OPEN', kind: 'PREVENTIVE', plannedFor: daysFromToday(3), startedAt: null, tookEquipmentOutOfService: false, version: 1 });
    expect(await t.sql('SELECT status FROM equipment WHERE id = $1', [eq.id])).toEqual([{ status: 'IN_SERVICE' }]);

    const started = await start(order.id, 1);
    expect(started.userErrors).toEqual([]);
    expect(started.maintenanceOrder).toMatchObject({ status: 'IN_PROGRESS', startedBy: 'Test MAINTENANCE', tookEquipmentOutOfService: true, version: 2 });
    expect(started.equipment).toMatchObject({ status: 'OUT_OF_SERVICE', inCalibration: false });
    // Nobody puts it back in use by hand while it is being worked on.
    const byHand = await eqs.setStatus(eq.id, 'IN_SERVICE', 'Looks done');
    expect(byHand.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining(order.id) });

    const lot = await eqs.releasedLot('MNT-SEALS', '4');
    const done = await complete(order.id, 2, { description: 'Lubricated; seal replaced', downtimeMinutes: 45, spareParts: [{ lotId: lot.id, fromLocationId: eqs.setup.locationId, quantity: '1' }] });
    expect(done.userErrors).toEqual([]);
    expect(done.maintenanceOrder).toMatchObject({
      status: 'DONE',
      description: 'PREVENTIVE service',
      completionNotes: 'Lubricated; seal replaced',
      downtimeMinutes: 45,
      completedBy: 'Test MAINTENANCE',
      version: 3,
    });
    expect(done.maintenanceOrder!.completedAt).not.toBeNull();
    expect(done.equipment).toMatchObject({ status: 'IN_SERVICE', inCalibration: true, calibrationDueOn: eq.calibrationDueOn });
    expect(await t.sql(`SELECT type, quantity::text, reference FROM stock_movement WHERE lot_id = $1 AND type = 'ISSUE'`, [lot.id])).toEqual([
      { type: 'ISSUE', quantity: '1.000000', reference: order.id },
    ]);

    // The registration and calibration events may still be on their way from the relay when the subscription starts.
    const ofOrder = (events: typeof sub.events) => events.map((e) => e.equipmentStatusChanged).filter((e) => e.reason?.includes(order.id));
    await sub.waitUntil((events) => ofOrder(events).length >= 2, 3000);
    expect(ofOrder(sub.events)).toEqual([
      { previousStatus: 'IN_SERVICE', status: 'OUT_OF_SERVICE', reason: `PREVENTIVE maintenance ${order.id} started` },
      { previousStatus: 'OUT_OF_SERVICE', status: 'IN_SERVICE', reason: `Maintenance ${order.id} done` },
    ]);
    const events = await t.sql<{ payload: { previousStatus: string | null; status: string } }>(
      `SELECT payload FROM outbox_event WHERE event_type = 'MaintenanceOrderChanged' AND aggregate_id = $1 ORDER BY id`,
      [order.id],
    );
    expect(events.map((e) => [e.payload.previousStatus, e.payload.status])).toEqual([
      [null, 'OPEN'],
      ['OPEN', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'DONE'],
    ]);
    expect(await t.sql(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY seq`, [order.id])).toEqual([{ action: 'CREATE' }, { action: 'STATUS_CHANGE' }, { action: 'STATUS_CHANGE' }]);
  });

  it('after corrective maintenance keeps a calibrated instrument out of use until a PASS calibration (ISO 13485 7.6)', async () => {
    const eq = await inService('MNT-CM');
    const order = await open(eq.id, 'CORRECTIVE');
    await start(order.id, 1);
    const done = await complete(order.id, 2, { description: 'Spindle replaced', downtimeMinutes: 240 });
    expect(done.userErrors).toEqual([]);
    expect(done.equipment).toMatchObject({ status: 'OUT_OF_CALIBRATION', inCalibration: false, calibrationDueOn: null, lastCalibratedOn: daysFromToday(-1) });
    expect(await t.sql(`SELECT reason FROM audit_entry WHERE entity_id = $1 AND action = 'REVERIFICATION_REQUIRED'`, [eq.id])).toEqual([{ reason: expect.stringContaining('PASS calibration') }]);

    const byHand = await eqs.setStatus(eq.id, 'IN_SERVICE', 'Repaired');
    expect(byHand.userErrors[0].code).toBe('INVALID_TRANSITION');
    // Out of service and back by hand does not get round it: the repair cleared the due date.
    expect((await eqs.setStatus(eq.id, 'OUT_OF_SERVICE', 'Waiting for the lab')).userErrors).toEqual([]);
    expect((await eqs.setStatus(eq.id, 'IN_SERVICE', 'Repaired')).userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('PASS') });
    const { readings } = await eqs.measureWith(eq.id, 'MNT-MEASURED');
    expect((await readings()).recordInspectionResults.userErrors[0].code).toBe('EQUIPMENT_NOT_CALIBRATED');

    const pass = await t.ok(RecordCalibrationDocument, { input: eqs.calibration(eq.id, 'PASS') }, 'MAINTENANCE');
    expect(pass.recordCalibration.equipment).toMatchObject({ status: 'OUT_OF_SERVICE', calibrationDueOn: daysFromToday(180) });
    expect((await eqs.setStatus(eq.id, 'IN_SERVICE', 'Repaired and re-verified')).equipment).toMatchObject({ status: 'IN_SERVICE', inCalibration: true });
    expect((await readings()).recordInspectionResults.userErrors).toEqual([]);
  });

  it('returns equipment needing no calibration to service after corrective work, and applies the re-verification rule to work recorded after the fact', async () => {
    const press = await inService('MNT-PRESS', null);
    const order = await open(press.id, 'CORRECTIVE');
    await start(order.id, 1);
    expect((await complete(order.id, 2)).equipment).toMatchObject({ status: 'IN_SERVICE', inCalibration: true });

    const gauge = await inService('MNT-GAUGE');
    const unplanned = await t.ok(RecordMaintenanceDocument, { input: { equipmentId: gauge.id, kind: 'CORRECTIVE', description: 'Dropped; anvil realigned', downtimeMinutes: 30 } }, 'MAINTENANCE');
    expect(unplanned.recordMaintenance.maintenanceOrder).toMatchObject({ status: 'DONE', completedBy: 'Test MAINTENANCE', tookEquipmentOutOfService: false, completionNotes: null });
    expect(unplanned.recordMaintenance.equipment).toMatchObject({ status: 'OUT_OF_CALIBRATION', calibrationDueOn: null });
  });

  it('completes an order that was never started, leaving equipment in use after preventive work', async () => {
    const eq = await inService('MNT-QUICK');
    const order = await open(eq.id);
    const done = await complete(order.id, 1, { downtimeMinutes: 5 });
    expect(done.maintenanceOrder).toMatchObject({ status: 'DONE', startedAt: null, completionNotes: null });
    expect(done.equipment).toMatchObject({ status: 'IN_SERVICE', version: eq.version });
  });

  it('returns the equipment when the last of two orders in progress is done', async () => {
    const { first, second } = await twoInProgress('MNT-TWO');
    expect((await complete(first.id, 2)).equipment).toMatchObject({ status: 'OUT_OF_SERVICE' });
    expect((await complete(second.id, 2)).equipment).toMatchObject({ status: 'IN_SERVICE' });
  });

  it('cancels only with a reason; equipment the order took out of service stays out until a person returns it', async () => {
    const eq = await inService('MNT-CANCEL');
    const order = await open(eq.id);
    await start(order.id, 1);
    const untouched = await footprint(order.id, eq.id);
    const noReason = await cancel(order.id, 2, '  ');
    expect(noReason.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['input', 'reason'] })]);
    expect(noReason.maintenanceOrder).toBeNull();
    expect(await footprint(order.id, eq.id)).toEqual(untouched);

    const cancelled = await cancel(order.id, 2, 'Supplier technician not available');
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.maintenanceOrder).toMatchObject({ status: 'CANCELLED', cancelReason: 'Supplier technician not available', cancelledBy: 'Test MAINTENANCE', version: 3 });
    expect(await t.sql('SELECT status FROM equipment WHERE id = $1', [eq.id])).toEqual([{ status: 'OUT_OF_SERVICE' }]);
    expect((await eqs.setStatus(eq.id, 'IN_SERVICE', 'Checked, fit for use')).equipment).toMatchObject({ status: 'IN_SERVICE' });

    const planned = await open(eq.id);
    expect((await cancel(planned.id, 1, 'Not needed')).maintenanceOrder).toMatchObject({ status: 'CANCELLED' });
  });

  it('leaves equipment out of service when an order holding it is cancelled, even after another order in progress on it is done', async () => {
    const { eq, first, second } = await twoInProgress('MNT-CANCEL-TWO');
    const reason = 'Housing left open; supplier technician not coming back';
    expect((await cancel(first.id, 2, reason)).userErrors).toEqual([]);

    // The abandoned work leaves the decision to a person: the other order no longer returns the equipment.
    const [other] = await t.sql('SELECT status, took_equipment_out_of_service AS took, version FROM maintenance_order WHERE id = $1', [second.id]);
    expect(other).toEqual({ status: 'IN_PROGRESS', took: false, version: 3 });
    expect(await t.sql(`SELECT action, reason, changes FROM audit_entry WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1`, [second.id])).toEqual([
      {
        action: 'UPDATE',
        reason: expect.stringContaining(first.id),
        changes: [{ field: 'tookEquipmentOutOfService', old: true, new: false }],
      },
    ]);
    const done = await complete(second.id, 3, { description: 'Spindle replaced' });
    expect(done.userErrors).toEqual([]);
    expect(done.equipment).toMatchObject({ status: 'OUT_OF_SERVICE' });
    expect((await eqs.setStatus(eq.id, 'IN_SERVICE', 'Housing closed and checked')).equipment).toMatchObject({ status: 'IN_SERVICE' });
  });

  it('keeps equipment under maintenance OUT_OF_SERVICE through a calibration FAIL and PASS; completing preventive work returns it', async () => {
    const eq = await inService('MNT-CAL-PM');
    const order = await open(eq.id);
    await start(order.id, 1);
    const failed = await t.ok(RecordCalibrationDocument, { input: eqs.calibration(eq.id, 'FAIL') }, 'MAINTENANCE');
    expect(failed.recordCalibration.equipment).toMatchObject({ status: 'OUT_OF_SERVICE', inCalibration: false, calibrationDueOn: null });
    const passed = await t.ok(RecordCalibrationDocument, { input: eqs.calibration(eq.id, 'PASS') }, 'MAINTENANCE');
    expect(passed.recordCalibration.userErrors).toEqual([]);
    expect(passed.recordCalibration.equipment).toMatchObject({ status: 'OUT_OF_SERVICE', inCalibration: false, calibrationDueOn: daysFromToday(180) });
    expect(await t.sql('SELECT status FROM maintenance_order WHERE id = $1', [order.id])).toEqual([{ status: 'IN_PROGRESS' }]);
    const { readings } = await eqs.measureWith(eq.id, 'MNT-CAL-PM-MEASURED');
    expect((await readings()).recordInspectionResults.userErrors[0].code).toBe('EQUIPMENT_NOT_CALIBRATED');

    expect((await complete(order.id, 2)).equipment).toMatchObject({ status: 'IN_SERVICE', inCalibration: true, calibrationDueOn: daysFromToday(180) });
  });

  it('does not count a PASS recorded during corrective work: completion leaves the instrument out of calibration until another PASS', async () => {
    const eq = await inService('MNT-CAL-CM');
    const order = await open(eq.id, 'CORRECTIVE');
    await start(order.id, 1);
    await t.ok(RecordCalibrationDocument, { input: eqs.calibration(eq.id, 'FAIL') }, 'MAINTENANCE');
    const passed = await t.ok(RecordCalibrationDocument, { input: eqs.calibration(eq.id, 'PASS') }, 'MAINTENANCE');
    expect(passed.recordCalibration.equipment).toMatchObject({ status: 'OUT_OF_SERVICE' });
    expect((await complete(order.id, 2, { description: 'Anvil replaced' })).equipment).toMatchObject({ status: 'OUT_OF_CALIBRATION', calibrationDueOn: null });
    const again = await t.ok(RecordCalibrationDocument, { input: eqs.calibration(eq.id, 'PASS') }, 'MAINTENANCE');
    expect(again.recordCalibration.equipment).toMatchObject({ status: 'IN_SERVICE', inCalibration: true });
  });

  it('makes a status change wait for maintenance starting on the equipment, then refuses it while the work is in progress', async () => {
    const eq = await inService('MNT-RACE', null);
    expect((await eqs.setStatus(eq.id, 'OUT_OF_SERVICE', 'Cracked housing')).userErrors).toEqual([]);
    const order = await open(eq.id);
    const [
      {
        node: { version },
      },
    ] = (await t.ok(EquipmentListDocument, { first: 1, filter: { ids: [eq.id] } }, 'MAINTENANCE')).equipment!.edges;
    await inOpenTransaction(t, async (db, commit) => {
      // startMaintenance half-way on equipment already out of service: it holds the equipment
      // row and has moved only the order (the equipment keeps its status and version).
      await db.query('SELECT 1 FROM equipment WHERE id = $1 FOR UPDATE', [eq.id]);
      await db.query(`UPDATE maintenance_order SET status = 'IN_PROGRESS', started_at = now(), started_by = 'Test MAINTENANCE', version = version + 1 WHERE id = $1`, [order.id]);
      const back = watched(t, t.ok(SetEquipmentStatusDocument, { input: { id: eq.id, expectedVersion: version, status: 'IN_SERVICE', reason: 'Housing replaced' } }, 'MAINTENANCE'));
      await back.waiting();
      expect(back.settled()).toBe(false);
      await commit();
      expect((await back.result).setEquipmentStatus.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining(order.id) });
    });
    expect(await t.sql('SELECT status, version FROM equipment WHERE id = $1', [eq.id])).toEqual([{ status: 'OUT_OF_SERVICE', version }]);
  });

  it('refuses illegal transitions and stale versions with userErrors, and changes nothing: no audit entries, no outbox events, no stock movements', async () => {
    const eq = await inService('MNT-ILLEGAL', null);
    const lot = await eqs.releasedLot('MNT-ILLEGAL-PARTS', '4');
    const part = [{ lotId: lot.id, fromLocationId: eqs.setup.locationId, quantity: '1' }];
    const finished = await open(eq.id);
    await complete(finished.id, 1);
    const dropped = await open(eq.id);
    await cancel(dropped.id, 1, 'Duplicate');

    const attempts: [string, string, () => Promise<{ userErrors: { code: string }[] }>, string][] = [
      ['start a DONE order', finished.id, () => start(finished.id, 2), 'INVALID_TRANSITION'],
      ['complete a DONE order', finished.id, () => complete(finished.id, 2, { spareParts: part }), 'INVALID_TRANSITION'],
      ['cancel a DONE order', finished.id, () => cancel(finished.id, 2, 'Too late'), 'INVALID_TRANSITION'],
      ['start a CANCELLED order', dropped.id, () => start(dropped.id, 2), 'INVALID_TRANSITION'],
      ['complete a CANCELLED order', dropped.id, () => complete(dropped.id, 2, { spareParts: part }), 'INVALID_TRANSITION'],
      ['start at a stale version', finished.id, () => start(finished.id, 1), 'VERSION_CONFLICT'],
    ];
    const open2 = await open(eq.id);
    attempts.push(['start an open order at a stale version', open2.id, () => start(open2.id, 7), 'VERSION_CONFLICT']);
    attempts.push(['complete an open order at a stale version', open2.id, () => complete(open2.id, 7, { spareParts: part }), 'VERSION_CONFLICT']);
    for (const [what, orderId, attempt, code] of attempts) {
      const untouched = await footprint(orderId, eq.id);
      const res = await attempt();
      expect([what, res.userErrors.map((e) => e.code)]).toEqual([what, [code]]);
      expect([what, await footprint(orderId, eq.id)]).toEqual([what, untouched]);
    }
    expect(await t.sql(`SELECT 1 FROM stock_movement WHERE lot_id = $1 AND type = 'ISSUE'`, [lot.id])).toHaveLength(0);
  });

  it('checks what completing an order and unplanned work need, and maintains no retired equipment', async () => {
    const eq = await inService('MNT-INPUTS', null);
    const order = await open(eq.id);
    const record = (input: Record<string, unknown>) =>
      t.gql<{ recordMaintenance: { userErrors: { code: string; field: string[] }[] } }, unknown>(
        'mutation($input: RecordMaintenanceInput!) { recordMaintenance(input: $input) { userErrors { code field } } }',
        { input: { downtimeMinutes: 0, ...input } },
        'MAINTENANCE',
      );
    const untouched = await footprint(order.id, eq.id);
    const cases: [string, Record<string, unknown>, string[]][] = [
      ['completing without expectedVersion', { maintenanceOrderId: order.id }, ['input', 'expectedVersion']],
      ['unplanned work without equipment', { kind: 'PREVENTIVE', description: 'd' }, ['input', 'equipmentId']],
      ['unplanned work without kind', { equipmentId: eq.id, description: 'd' }, ['input', 'kind']],
      ['completing with the wrong kind', { maintenanceOrderId: order.id, expectedVersion: 1, kind: 'CORRECTIVE' }, ['input', 'kind']],
      ['completing with other equipment', { maintenanceOrderId: order.id, expectedVersion: 1, equipmentId: 'eq_other' }, ['input', 'equipmentId']],
    ];
    for (const [what, input, field] of cases) {
      const res = await record(input);
      expect([what, res.data?.recordMaintenance.userErrors[0]?.field]).toEqual([what, field]);
    }
    expect(await footprint(order.id, eq.id)).toEqual(untouched);

    const retired = await inService('MNT-RETIRED', null);
    const planned = await open(retired.id);
    await t.ok(SetEquipmentStatusDocument, { input: { id: retired.id, expectedVersion: retired.version, status: 'RETIRED', reason: 'Scrapped' } }, 'MAINTENANCE');
    const again = await t.ok(OpenMaintenanceOrderDocument, { input: { equipmentId: retired.id, kind: 'PREVENTIVE', description: 'd' } }, 'MAINTENANCE');
    expect(again.openMaintenanceOrder.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('retired') });
    expect((await start(planned.id, 1)).userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('retired') });
  });

  it('refuses roles that may not maintain equipment, then lets MAINTENANCE do it', async () => {
    const eq = await inService('MNT-ROLES', null);
    const input = { equipmentId: eq.id, kind: 'PREVENTIVE' as const, description: 'Belt check' };
    for (const role of ['PRODUCTION', 'QA_MANAGER', 'AUDITOR'] as const) {
      const denied = await t.gql(OpenMaintenanceOrderDocument, { input }, role);
      expect([role, denied.errors?.[0]?.extensions?.code]).toEqual([role, 'FORBIDDEN']);
    }
    const order = await open(eq.id);
    const notStarted = await t.gql(StartMaintenanceDocument, { input: { id: order.id, expectedVersion: 1 } }, 'PRODUCTION');
    expect(notStarted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.sql('SELECT status, version FROM maintenance_order WHERE id = $1', [order.id])).toEqual([{ status: 'OPEN', version: 1 }]);
    expect((await start(order.id, 1)).maintenanceOrder?.status).toBe('IN_PROGRESS');
  });

  it('lists orders by equipment and status, newest first, keyset-paginated', async () => {
    const eq = await inService('MNT-LIST', null);
    const a = await open(eq.id);
    const b = await open(eq.id);
    const c = await open(eq.id);
    await start(b.id, 1);
    const page = (after?: string) => t.ok(MaintenanceOrdersDocument, { first: 1, after, equipmentIds: [eq.id], status: ['OPEN'] }, 'PRODUCTION');
    const first = await page();
    expect(first.maintenanceOrders).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(first.maintenanceOrders!.edges.map((e) => e.node.id)).toEqual([c.id]);
    const second = await page(first.maintenanceOrders!.pageInfo.endCursor!);
    expect(second.maintenanceOrders!.edges.map((e) => e.node.id)).toEqual([a.id]);
    expect(second.maintenanceOrders!.pageInfo.hasNextPage).toBe(false);
    const inProgress = await t.ok(MaintenanceOrdersDocument, { first: 10, equipmentIds: [eq.id], status: ['IN_PROGRESS', 'DONE'] }, 'PRODUCTION');
    expect(inProgress.maintenanceOrders!.edges.map((e) => e.node)).toEqual([expect.objectContaining({ id: b.id, status: 'IN_PROGRESS' })]);
  });
});
