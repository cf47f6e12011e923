import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import type { ChangeWindowFilter } from '../../core/graphql/change-window';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { findSite } from '../sites/site.service';
import { findLocation } from '../sites/location.service';
import { addDays, todayUtc } from '../../core/dates';
import { CalibrationRecordEntity } from './calibration-record.entity';
import { EQUIPMENT_AUDITED_FIELDS, EquipmentEntity } from './equipment.entity';
import { CalibrationResult, EquipmentStatus } from './equipment.enums';
import { passMayReturnToService, statusAfterCalibration } from './calibration-outcome';
import { ordersInProgress } from './maintenance-holds';
import { equipmentStatusChangedEvent } from './equipment.events';
import { runCalibrationFailureHandlers } from './calibration-failure.hooks';
import { changeEquipment, moveEquipmentStatus } from './equipment-status.service';
import { CALIBRATION_SPEC } from './equipment.table';
import type { RecordCalibrationInput, RegisterEquipmentInput, SetEquipmentStatusInput } from './equipment-inputs.types';

export function listCalibrations(ctx: RequestContext, args: ConnectionArgs, equipmentIds?: string[], filter?: ChangeWindowFilter): Promise<Connection<CalibrationRecordEntity>> {
  const qb = authorizedQuery(ctx, CALIBRATION_SPEC);
  if (equipmentIds) qb.andWhere('cr.equipment_id = ANY(:eq)', { eq: equipmentIds });
  return paginate(
    qb,
    args,
    [
      { column: 'cr.performed_on', direction: SortDirection.DESC, value: (c) => c.performedOn },
      { column: 'cr.id', direction: SortDirection.DESC, value: (c) => c.id },
      // A calibration record is never changed: it was last updated when it was recorded.
    ],
    filter,
    { createdAt: 'cr.recorded_at', updatedAt: 'cr.recorded_at' },
  );
}

/**
 * With `lock`, the row is held FOR UPDATE until commit, so that changes to the equipment, its
 * calibration and its maintenance queue up. Every such mutation locks the equipment before any
 * other row (its maintenance orders, lots, stock), so they wait for each other instead of deadlocking.
 */
export async function findEquipment(ctx: RequestContext, id: string, field = 'equipmentId', lock = false): Promise<EquipmentEntity> {
  const equipment = await ctx.manager.findOne(EquipmentEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!equipment) fail(ErrorCode.NOT_FOUND, `No equipment ${id}`, ['input', field]);
  return equipment;
}

/**
 * Equipment about to be used for measurements, locked FOR SHARE (in id order) until commit: a
 * calibration FAIL, which locks the row FOR UPDATE, then waits for the measurements to commit and
 * its lookback finds them; or, committed first, it is what the caller sees. Missing ids are absent from the map.
 */
export async function lockEquipmentForUse(ctx: RequestContext, ids: string[]): Promise<Map<string, EquipmentEntity>> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return new Map();
  const rows = await ctx.manager.createQueryBuilder(EquipmentEntity, 'eq').where('eq.id = ANY(:ids)', { ids: distinct }).orderBy('eq.id').setLock('pessimistic_read').getMany();
  return new Map(rows.map((e) => [e.id, e]));
}

/** ISO 13485 7.6: measurements need equipment in calibration; past its due date it is not, whatever its status. */
export function assertEquipmentUsable(equipment: EquipmentEntity, field: string[]): void {
  if (!equipment.inCalibration) {
    fail(ErrorCode.EQUIPMENT_NOT_CALIBRATED, `${equipment.assetTag} is ${equipment.status}${equipment.calibrationDueOn ? `, calibration due ${equipment.calibrationDueOn}` : ''}`, field);
  }
}

export async function registerEquipment(ctx: RequestContext, input: RegisterEquipmentInput): Promise<EquipmentEntity> {
  assertCan(ctx, 'create', 'Equipment');
  const v = new InputValidator();
  const assetTag = v.code('assetTag', input.assetTag);
  const name = v.text('name', input.name);
  if (input.calibrationIntervalDays != null && (input.calibrationIntervalDays < 1 || input.calibrationIntervalDays > 3650)) v.fail('calibrationIntervalDays', 'Between 1 and 3650 days');
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    if (!(await findSite(tx, input.siteId))) fail(ErrorCode.NOT_FOUND, `No site ${input.siteId}`, ['input', 'siteId']);
    if (input.locationId) {
      const location = await findLocation(tx, input.locationId);
      if (!location || location.siteId !== input.siteId) fail(ErrorCode.VALIDATION_FAILED, 'The location is not at this site', ['input', 'locationId']);
    }
    if (await tx.manager.existsBy(EquipmentEntity, { assetTag })) fail(ErrorCode.DUPLICATE, `Asset tag ${assetTag} exists`, ['input', 'assetTag']);
    const calibrated = input.calibrationIntervalDays != null;
    const equipment = await tx.manager.save(
      tx.manager.create(EquipmentEntity, {
        id: newId('eq'),
        assetTag,
        name,
        type: input.type,
        siteId: input.siteId,
        locationId: input.locationId ?? null,
        // Calibrated equipment starts out of calibration until its first passing calibration.
        status: calibrated ? EquipmentStatus.OUT_OF_CALIBRATION : EquipmentStatus.IN_SERVICE,
        calibrationIntervalDays: input.calibrationIntervalDays ?? null,
        lastCalibratedOn: null,
        calibrationDueOn: null,
        customFields: {},
        version: 1,
      }),
    );
    audit({ action: 'CREATE', entityType: 'Equipment', entityId: equipment.id, reason: input.reason, changes: diffFields(null, equipment, EQUIPMENT_AUDITED_FIELDS) });
    emit(equipmentStatusChangedEvent(null, equipment, input.reason ?? null));
    return equipment;
  });
}

export async function setEquipmentStatus(ctx: RequestContext, input: SetEquipmentStatusInput): Promise<EquipmentEntity> {
  assertCan(ctx, 'update', 'Equipment');
  return inTransaction(ctx, async (uow) => {
    const current = await findEquipment(uow.ctx, input.id, 'id', true);
    return moveEquipmentStatus(uow, current, input.status, input.reason, input.expectedVersion);
  });
}

/**
 * A PASS moves the due date (performed on + interval); a FAIL clears it, so that nothing but a
 * later PASS makes the equipment usable again, and runs the failure handlers (the lookback over
 * what it measured since its last pass) in the same transaction. The status follows
 * calibration-outcome.ts: maintenance in progress, or a person, keeps equipment out of service.
 * The equipment row is locked first: readings that use it (FOR SHARE) commit before the
 * lookback runs, and status changes and maintenance wait for the result.
 */
export async function recordCalibration(ctx: RequestContext, input: RecordCalibrationInput): Promise<{ calibrationRecord: CalibrationRecordEntity; equipment: EquipmentEntity }> {
  assertCan(ctx, 'calibrate', 'Equipment');
  const v = new InputValidator();
  const performedBy = v.text('performedBy', input.performedBy);
  const referenceStandard = v.text('referenceStandard', input.referenceStandard);
  const asFound = v.text('asFound', input.asFound, 2000);
  const asLeft = v.text('asLeft', input.asLeft, 2000);
  const certificateRef = v.optionalText('certificateRef', input.certificateRef, 200);
  if (input.performedOn > todayUtc()) v.fail('performedOn', 'A calibration cannot be in the future');
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const current = await findEquipment(tx, input.equipmentId, 'equipmentId', true);
    if (current.calibrationIntervalDays === null) fail(ErrorCode.VALIDATION_FAILED, `${current.assetTag} needs no calibration`, ['input', 'equipmentId']);
    if (current.status === EquipmentStatus.RETIRED) fail(ErrorCode.INVALID_TRANSITION, `${current.assetTag} is retired`, ['input', 'equipmentId']);
    const lastOn = await lastCalibrationOn(tx, current.id);
    // Also against a FAIL: a PASS dated before it would otherwise put the equipment back in use.
    if (lastOn && input.performedOn < lastOn) fail(ErrorCode.VALIDATION_FAILED, `Older than the last calibration (${lastOn})`, ['input', 'performedOn']);
    const pass = input.result === CalibrationResult.PASS;
    const nextDueOn = pass ? addDays(input.performedOn, current.calibrationIntervalDays) : null;
    const record = await tx.manager.save(
      tx.manager.create(CalibrationRecordEntity, {
        id: newId('cal'),
        equipmentId: current.id,
        performedOn: input.performedOn,
        performedBy,
        referenceStandard,
        asFound,
        asLeft,
        result: input.result,
        certificateRef,
        nextDueOn,
        recordedBy: ctx.principal.name,
        recordedAt: new Date(),
      }),
    );
    const inMaintenance = passMayReturnToService(current.status, input.result) && (await ordersInProgress(tx, current.id)).length > 0;
    const status = statusAfterCalibration(current.status, input.result, inMaintenance);
    const updated = await changeEquipment(
      uow,
      current,
      { status, calibrationDueOn: nextDueOn, ...(pass ? { lastCalibratedOn: input.performedOn } : {}) },
      `CALIBRATION_${input.result}`,
      input.reason ?? null,
      current.version,
      `Calibration ${input.result}`,
    );
    if (!pass) await runCalibrationFailureHandlers(uow, updated, current.lastCalibratedOn);
    return { calibrationRecord: record, equipment: updated };
  });
}

async function lastCalibrationOn(ctx: RequestContext, equipmentId: string): Promise<string | null> {
  const [row]: { last_on: string | null }[] = await ctx.manager.query('SELECT max(performed_on)::text AS last_on FROM calibration_record WHERE equipment_id = $1', [equipmentId]);
  return row.last_on;
}
