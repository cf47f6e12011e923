import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { InputValidator } from '../../core/validation';
import { assertLotUsable, findLotForUse } from '../lots/lot.service';
import { drawOnConcession } from '../lots/concession-scope';
import { applyMovement } from '../stock/stock-ledger';
import { lockMaterialsForMovement } from '../stock/free-stock-lock';
import { usableLocation } from '../stock/stock.service';
import { MovementType } from '../stock/stock.enums';
import { EquipmentStatus } from './equipment.enums';
import { findEquipment } from './equipment.service';
import { MaintenanceOrderEntity } from './maintenance-order.entity';
import { MAINTENANCE_SPEC } from './equipment.table';
import type { RecordMaintenanceInput } from './equipment-inputs.types';

export function listMaintenance(ctx: RequestContext, args: ConnectionArgs, equipmentIds?: string[]): Promise<Connection<MaintenanceOrderEntity>> {
  const qb = authorizedQuery(ctx, MAINTENANCE_SPEC);
  if (equipmentIds) qb.andWhere('mo.equipment_id = ANY(:eq)', { eq: equipmentIds });
  return paginate(qb, args, [
    { column: 'mo.created_at', direction: SortDirection.DESC, value: (m) => m.createdAt },
    { column: 'mo.id', direction: SortDirection.DESC, value: (m) => m.id },
  ]);
}

/**
 * A completed maintenance with its downtime; spare-part lots are ISSUEd from stock against the
 * order. Like any issue, only released (or conditionally released, within the concession) lots
 * that have not expired may be used.
 */
export async function recordMaintenance(ctx: RequestContext, input: RecordMaintenanceInput): Promise<MaintenanceOrderEntity> {
  assertCan(ctx, 'maintain', 'Equipment');
  const v = new InputValidator();
  const description = v.text('description', input.description, 4000);
  if (input.downtimeMinutes < 0) v.fail('downtimeMinutes', 'Downtime cannot be negative');
  (input.spareParts ?? []).forEach((p, i) => {
    if (Number(p.quantity) <= 0) v.fail('spareParts', `Spare part ${i + 1}: the quantity must be greater than zero`);
  });
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const equipment = await findEquipment(tx, input.equipmentId);
    if (equipment.status === EquipmentStatus.RETIRED) fail(ErrorCode.INVALID_TRANSITION, `${equipment.assetTag} is retired`, ['input', 'equipmentId']);
    const parts = [];
    for (const part of input.spareParts ?? []) {
      const lot = await findLotForUse(tx, part.lotId);
      assertLotUsable(lot);
      // An internal issue has no consignee: a customer-limited concession is drawn on by shipments only.
      await drawOnConcession(uow, lot, { quantity: part.quantity, customerId: null });
      parts.push({ part, lot });
    }
    // Every part's material is locked up front, in order, so this cannot deadlock with an allocator.
    await lockMaterialsForMovement(tx.manager, parts.map((p) => p.lot.materialId));
    const order = await tx.manager.save(tx.manager.create(MaintenanceOrderEntity, {
      id: newId('mo'), equipmentId: equipment.id, kind: input.kind, status: 'DONE', description,
      downtimeMinutes: input.downtimeMinutes, completedAt: new Date(), customFields: {}, version: 1,
    }));
    for (const { part, lot } of parts) {
      const from = await usableLocation(tx, part.fromLocationId, 'spareParts', 'move');
      await applyMovement(uow, { type: MovementType.ISSUE, lotId: lot.id, materialId: lot.materialId, from, quantity: part.quantity, reason: `Maintenance ${order.id}`, reference: order.id });
    }
    uow.audit({
      action: 'MAINTENANCE', entityType: 'Equipment', entityId: equipment.id, reason: description,
      changes: [{ field: 'maintenance', old: null, new: { order: order.id, kind: input.kind, downtimeMinutes: input.downtimeMinutes, spareParts: input.spareParts ?? [] } }],
    });
    return order;
  });
}
