import { diffFields } from '../../core/audit/audit-diff';
import { todayUtc } from '../../core/dates';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import type { UnitOfWork } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { EQUIPMENT_AUDITED_FIELDS, EquipmentEntity } from './equipment.entity';
import { EquipmentStatus, equipmentStatusMachine } from './equipment.enums';
import { equipmentStatusChangedEvent } from './equipment.events';
import { hasValidCalibration } from './effective-status';
import { ordersInProgress } from './maintenance-holds';

/**
 * Applies `changes` at `expectedVersion`, audited as `action`; subscribers hear of it (with
 * `eventReason`, by default the audit's reason) when the status as shown moved.
 */
export async function changeEquipment(
  uow: UnitOfWork,
  current: EquipmentEntity,
  changes: Partial<EquipmentEntity>,
  action: string,
  reason: string | null,
  expectedVersion = current.version,
  eventReason = reason,
): Promise<EquipmentEntity> {
  const updated = await updateVersioned(uow.ctx, EquipmentEntity, current.id, expectedVersion, changes);
  uow.audit({ action, entityType: 'Equipment', entityId: updated.id, reason, changes: diffFields(current, updated, EQUIPMENT_AUDITED_FIELDS) });
  if (updated.effectiveStatus !== current.effectiveStatus) uow.emit(equipmentStatusChangedEvent(current.effectiveStatus, updated, eventReason));
  return updated;
}

/**
 * A status change by the status table, checked from the status the caller sees (past its due
 * date, IN_SERVICE equipment is OUT_OF_CALIBRATION). Back in service needs a valid passing
 * calibration and no maintenance in progress. setEquipmentStatus and maintenance both move
 * equipment this way.
 */
export async function moveEquipmentStatus(
  uow: UnitOfWork,
  current: EquipmentEntity,
  to: EquipmentStatus,
  reason: string,
  expectedVersion = current.version,
  field = ['input', 'status'],
): Promise<EquipmentEntity> {
  const check = equipmentStatusMachine.check(current.effectiveStatus, to, uow.ctx.principal.roles, reason);
  if (!check.ok) fail(ErrorCode[check.code], check.message, field);
  if (to === EquipmentStatus.IN_SERVICE) {
    if (!hasValidCalibration(current, todayUtc())) {
      fail(ErrorCode.INVALID_TRANSITION, `${current.assetTag} has no valid passing calibration; only a PASS calibration returns it to service`, field);
    }
    const [busy] = await ordersInProgress(uow.ctx, current.id);
    if (busy) fail(ErrorCode.INVALID_TRANSITION, `${current.assetTag} is under maintenance (${busy.id}); complete or cancel it first`, field);
  }
  return changeEquipment(uow, current, { status: to }, 'STATUS_CHANGE', reason.trim(), expectedVersion);
}
