import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import type { ChangeWindowFilter } from '../../core/graphql/change-window';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { todayUtc } from '../../core/dates';
import { inTransaction, type UnitOfWork } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { InputValidator } from '../../core/validation';
import { assertLotUsable, findLotForUse } from '../lots/lot.service';
import { drawOnConcession, lockConcessionsOfLots } from '../lots/concession-scope';
import { applyMovement } from '../stock/stock-ledger';
import { lockMaterialsForMovement } from '../stock/free-stock-lock';
import { usableLocation } from '../stock/stock.service';
import { MovementType } from '../stock/stock.enums';
import type { EquipmentEntity } from './equipment.entity';
import { EquipmentStatus, MaintenanceOrderStatus } from './equipment.enums';
import { changeEquipment, moveEquipmentStatus } from './equipment-status.service';
import { ordersInProgress } from './maintenance-holds';
import { assertMaintainable, equipmentToMaintain, lockOrderFor, newMaintenanceOrder, recordOrderChange } from './maintenance-lifecycle.service';
import { MaintenanceOrderEntity } from './maintenance-order.entity';
import { equipmentAfterMaintenance } from './maintenance-outcome';
import { MAINTENANCE_SPEC } from './equipment.table';
import type { RecordMaintenanceInput } from './maintenance-inputs.types';

const MAX_SPARE_PARTS = 200;

export function listMaintenance(
  ctx: RequestContext,
  args: ConnectionArgs,
  equipmentIds?: string[],
  status?: MaintenanceOrderStatus[],
  filter?: ChangeWindowFilter,
): Promise<Connection<MaintenanceOrderEntity>> {
  const qb = authorizedQuery(ctx, MAINTENANCE_SPEC);
  if (equipmentIds) qb.andWhere('mo.equipment_id = ANY(:eq)', { eq: equipmentIds });
  if (status) qb.andWhere('mo.status = ANY(:st)', { st: status });
  return paginate(
    qb,
    args,
    [
      { column: 'mo.created_at', direction: SortDirection.DESC, value: (m) => m.createdAt },
      { column: 'mo.id', direction: SortDirection.DESC, value: (m) => m.id },
    ],
    filter,
  );
}

/**
 * Completed maintenance with its downtime: an OPEN or IN_PROGRESS order completed (DONE), or
 * unplanned work recorded after the fact as a new DONE order. Spare-part lots are ISSUEd from
 * stock against the order; like any issue, only released (or conditionally released, within
 * the concession) lots that have not expired may be used. The equipment then follows
 * maintenance-outcome.ts: back in service if the order took it out, and after corrective work
 * out of calibration until a PASS.
 */
export async function recordMaintenance(ctx: RequestContext, input: RecordMaintenanceInput): Promise<{ maintenanceOrder: MaintenanceOrderEntity; equipment: EquipmentEntity }> {
  assertCan(ctx, 'maintain', 'Equipment');
  const v = new InputValidator();
  const completing = input.maintenanceOrderId != null;
  const description = completing ? v.optionalText('description', input.description, 4000) : v.text('description', input.description, 4000);
  if (completing && input.expectedVersion == null) v.fail('expectedVersion', 'Required to complete a maintenance order');
  if (!completing && !input.equipmentId) v.fail('equipmentId', 'Required for unplanned maintenance (no maintenanceOrderId)');
  if (!completing && !input.kind) v.fail('kind', 'Required for unplanned maintenance (no maintenanceOrderId)');
  if (input.downtimeMinutes < 0) v.fail('downtimeMinutes', 'Downtime cannot be negative');
  if ((input.spareParts ?? []).length > MAX_SPARE_PARTS) v.fail('spareParts', `At most ${MAX_SPARE_PARTS} spare parts per maintenance`);
  (input.spareParts ?? []).forEach((p, i) => {
    if (Number(p.quantity) <= 0) v.fail('spareParts', `Spare part ${i + 1}: the quantity must be greater than zero`);
  });
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    // The equipment is locked before the order (lockOrderFor) and before any lot or stock row.
    const locked = completing ? await lockOrderFor(uow, input.maintenanceOrderId!, input.expectedVersion!, MaintenanceOrderStatus.DONE, null, ['input', 'maintenanceOrderId']) : null;
    const before = locked?.order ?? null;
    if (before && input.equipmentId && input.equipmentId !== before.equipmentId) fail(ErrorCode.VALIDATION_FAILED, `${before.id} is for equipment ${before.equipmentId}`, ['input', 'equipmentId']);
    if (before && input.kind && input.kind !== before.kind) fail(ErrorCode.VALIDATION_FAILED, `${before.id} is ${before.kind} maintenance`, ['input', 'kind']);
    const equipment = locked ? assertMaintainable(locked.equipment, 'equipmentId') : await equipmentToMaintain(tx, input.equipmentId!, 'equipmentId');
    // Balances are taken in one order (lot, location) so two maintenances cannot deadlock.
    const sorted = [...(input.spareParts ?? [])].sort((a, b) => a.lotId.localeCompare(b.lotId) || a.fromLocationId.localeCompare(b.fromLocationId));
    const parts = [];
    for (const part of sorted) parts.push({ part, lot: await findLotForUse(tx, part.lotId) });
    // Every part's material is locked up front, in order, before any concession is drawn on, so
    // this cannot deadlock with an allocator.
    await lockMaterialsForMovement(
      tx.manager,
      parts.map((p) => p.lot.materialId),
    );
    await lockConcessionsOfLots(
      tx.manager,
      parts.map((p) => p.lot.id),
    );
    for (const { part, lot } of parts) {
      assertLotUsable(lot);
      // An internal issue has no consignee: a customer-limited concession is drawn on by shipments only.
      await drawOnConcession(uow, lot, { quantity: part.quantity, customerId: null });
    }
    const done = { status: MaintenanceOrderStatus.DONE, downtimeMinutes: input.downtimeMinutes, completedAt: new Date(), completedBy: ctx.principal.name };
    const order = before
      ? await updateVersioned(tx, MaintenanceOrderEntity, before.id, before.version, { ...done, completionNotes: description })
      : await tx.manager.save(tx.manager.create(MaintenanceOrderEntity, newMaintenanceOrder({ equipmentId: equipment.id, kind: input.kind!, description: description!, ...done })));
    for (const { part, lot } of parts) {
      const from = await usableLocation(tx, part.fromLocationId, 'spareParts', 'move');
      await applyMovement(uow, { type: MovementType.ISSUE, lotId: lot.id, materialId: lot.materialId, from, quantity: part.quantity, reason: `Maintenance ${order.id}`, reference: order.id });
    }
    uow.audit({
      action: 'MAINTENANCE',
      entityType: 'Equipment',
      entityId: equipment.id,
      reason: description ?? order.description,
      changes: [{ field: 'maintenance', old: null, new: { order: order.id, kind: order.kind, downtimeMinutes: input.downtimeMinutes, spareParts: input.spareParts ?? [] } }],
    });
    recordOrderChange(uow, before, order, description);
    // The order is DONE by now: another one still in progress keeps the equipment out of use.
    const returnsToService = order.tookEquipmentOutOfService && (await ordersInProgress(tx, equipment.id)).length === 0;
    return { maintenanceOrder: order, equipment: await afterMaintenance(uow, equipment, order, returnsToService) };
  });
}

async function afterMaintenance(uow: UnitOfWork, equipment: EquipmentEntity, order: MaintenanceOrderEntity, returnsToService: boolean): Promise<EquipmentEntity> {
  const outcome = equipmentAfterMaintenance(equipment, order.kind, returnsToService, todayUtc());
  if (!outcome) return equipment;
  if (outcome.status === EquipmentStatus.IN_SERVICE) {
    return moveEquipmentStatus(uow, equipment, EquipmentStatus.IN_SERVICE, `Maintenance ${order.id} done`, equipment.version, ['input', 'maintenanceOrderId']);
  }
  const changes = { status: outcome.status, calibrationDueOn: outcome.calibrationDueOn };
  return outcome.reverify
    ? changeEquipment(uow, equipment, changes, 'REVERIFICATION_REQUIRED', `Corrective maintenance ${order.id}: only a PASS calibration returns it to use (ISO 13485 7.6)`)
    : changeEquipment(uow, equipment, changes, 'STATUS_CHANGE', `Maintenance ${order.id} done; no valid calibration, so out of calibration until a PASS`);
}
