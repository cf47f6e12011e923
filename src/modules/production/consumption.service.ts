import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { idempotent } from '../../core/idempotency';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { InputValidator } from '../../core/validation';
import { findMaterial } from '../materials/material.service';
import { assertLotUsable, findLot, findLotForUse } from '../lots/lot.service';
import { drawOnConcession } from '../lots/concession-scope';
import { createProducedLot } from '../lots/lot-production.service';
import type { LotEntity } from '../lots/lot.entity';
import { applyMovement } from '../stock/stock-ledger';
import { usableLocation } from '../stock/stock.service';
import { MovementType } from '../stock/stock.enums';
import { todayUtc } from '../../core/dates';
import type { BomLineEntity } from './bom.entity';
import { bomLines } from './bom.service';
import { WorkOrderStatus } from './production.enums';
import { ConsumptionEntity, WorkOrderEntity } from './work-order.entity';
import { lockWorkOrder } from './work-order.service';
import type { ConsumeLotInput, ProduceLotInput } from './production-inputs.types';

/** The BOM line a lot's material fills: as the component itself, or as an approved substitute. */
function lineFor(lines: BomLineEntity[], materialId: string): { line: BomLineEntity; substitute: boolean } {
  const primary = lines.find((l) => l.componentMaterialId === materialId);
  if (primary) return { line: primary, substitute: false };
  const sub = lines.find((l) => l.substituteMaterialIds.includes(materialId));
  if (sub) return { line: sub, substitute: true };
  fail(ErrorCode.VALIDATION_FAILED, "The lot is neither a component of the work order's BOM nor an approved substitute", ['input', 'lotId']);
}

/** A substitute is used only when the primary component has no usable stock at the work order's site. */
async function primaryAvailable(ctx: RequestContext, line: BomLineEntity, siteId: string): Promise<boolean> {
  const [{ available }]: { available: boolean }[] = await ctx.manager.query(
    `SELECT EXISTS (
       SELECT 1 FROM stock_balance sb JOIN lot l ON l.id = sb.lot_id
       WHERE l.material_id = $1 AND sb.site_id = $2 AND sb.quantity > 0
         AND l.status IN ('RELEASED', 'CONDITIONAL_RELEASE') AND (l.expires_on IS NULL OR l.expires_on >= $3)
     ) AS available`,
    [line.componentMaterialId, siteId, todayUtc()],
  );
  return available;
}

function assertOpen(wo: WorkOrderEntity, allowed: WorkOrderStatus[]): void {
  if (!allowed.includes(wo.status)) fail(ErrorCode.INVALID_TRANSITION, `Work order ${wo.number} is ${wo.status}`, ['input', 'workOrderId']);
}

/** A consumption's or production's own input: a positive quantity, an optional reason (returned, trimmed). */
function quantityAndReason(input: { quantity: string; reason?: string | null }): string | null {
  const v = new InputValidator();
  if (Number(input.quantity) <= 0) v.fail('quantity', 'The quantity must be greater than zero');
  const reason = v.optionalText('reason', input.reason, 2000);
  v.throwIfAny();
  return reason;
}

export async function consumeLot(ctx: RequestContext, input: ConsumeLotInput): Promise<ConsumptionEntity> {
  assertCan(ctx, 'consume', 'WorkOrder');
  return idempotent(ctx, {
    operation: 'consumeLot',
    key: input.idempotencyKey,
    input,
    prepare: () => quantityAndReason(input),
    run: async (uow, reason) => {
      const { ctx: tx } = uow;
      const wo = await lockWorkOrder(tx, input.workOrderId);
      assertOpen(wo, [WorkOrderStatus.RELEASED, WorkOrderStatus.IN_PROGRESS]);
      const lot = await findLotForUse(tx, input.lotId);
      assertLotUsable(lot);
      await drawOnConcession(uow, lot, { quantity: input.quantity, customerId: null });
      const { line, substitute } = lineFor(await bomLines(tx, wo.bomId), lot.materialId);
      if (substitute && (await primaryAvailable(tx, line, wo.siteId))) {
        fail(ErrorCode.VALIDATION_FAILED, 'The primary component is in stock at this site; a substitute may be used only when it is short', ['input', 'lotId']);
      }
      const from = await usableLocation(tx, input.fromLocationId, 'fromLocationId', 'move');
      if (from.siteId !== wo.siteId) fail(ErrorCode.VALIDATION_FAILED, "Consume from a location at the work order's site", ['input', 'fromLocationId']);
      const movement = await applyMovement(uow, { type: MovementType.ISSUE, lotId: lot.id, materialId: lot.materialId, from, quantity: input.quantity, reason, reference: wo.id });
      const consumption = await tx.manager.save(
        tx.manager.create(ConsumptionEntity, {
          id: newId('con'),
          workOrderId: wo.id,
          lotId: lot.id,
          bomLineId: line.id,
          substitute,
          quantity: input.quantity,
          movementId: movement.id,
          createdAt: new Date(),
        }),
      );
      if (wo.status === WorkOrderStatus.RELEASED) await updateVersioned(tx, WorkOrderEntity, wo.id, wo.version, { status: WorkOrderStatus.IN_PROGRESS });
      uow.audit({
        action: 'CONSUME',
        entityType: 'WorkOrder',
        entityId: wo.id,
        reason,
        changes: [{ field: 'consumption', old: null, new: { lot: lot.id, quantity: input.quantity, substitute, movement: movement.id } }],
      });
      return consumption;
    },
    replay: (id) => ctx.manager.findOneByOrFail(ConsumptionEntity, { id }),
  });
}

/** Produces an output lot; every lot the work order consumed becomes its genealogy parent, with the quantity consumed. */
export async function produceLot(ctx: RequestContext, input: ProduceLotInput): Promise<LotEntity> {
  assertCan(ctx, 'produce', 'WorkOrder');
  return idempotent(ctx, {
    operation: 'produceLot',
    key: input.idempotencyKey,
    input,
    prepare: () => quantityAndReason(input),
    run: async (uow, reason) => {
      const { ctx: tx } = uow;
      const wo = await lockWorkOrder(tx, input.workOrderId);
      assertOpen(wo, [WorkOrderStatus.IN_PROGRESS]);
      const parents: { lot_id: string; quantity: string }[] = await tx.manager.query(
        'SELECT lot_id, sum(quantity)::text AS quantity FROM work_order_consumption WHERE work_order_id = $1 GROUP BY lot_id',
        [wo.id],
      );
      if (parents.length === 0) fail(ErrorCode.INVALID_TRANSITION, 'Nothing has been consumed by this work order yet', ['input', 'workOrderId']);
      // A component recalled, held or rejected since it was consumed stops production: the new lot
      // would escape the recall or hold. FOR SHARE makes a concurrent recall wait for this lot's edges.
      const components: { lot_number: string; status: string }[] = await tx.manager.query('SELECT lot_number, status FROM lot WHERE id = ANY($1) ORDER BY id FOR SHARE', [
        parents.map((p) => p.lot_id),
      ]);
      const blocked = components.find((c) => ['RECALLED', 'ON_HOLD', 'REJECTED'].includes(c.status));
      if (blocked) fail(ErrorCode.LOT_NOT_RELEASED, `Component lot ${blocked.lot_number} is ${blocked.status}; nothing more can be made from it`, ['input', 'workOrderId']);
      const material = await findMaterial(tx, wo.productMaterialId);
      if (!material) fail(ErrorCode.NOT_FOUND, 'The product material is gone', ['input', 'workOrderId']);
      const location = await usableLocation(tx, input.locationId, 'locationId', 'move');
      if (location.siteId !== wo.siteId) fail(ErrorCode.VALIDATION_FAILED, "Produce into a location at the work order's site", ['input', 'locationId']);
      const lot = await createProducedLot(uow, {
        material,
        workOrderId: wo.id,
        quantity: input.quantity,
        location,
        manufacturedOn: input.manufacturedOn,
        expiresOn: input.expiresOn,
        serialNumber: input.serialNumber,
        reason,
      });
      const values = parents.flatMap((p) => [p.lot_id, lot.id, wo.id, p.quantity]);
      await tx.manager.query(
        `INSERT INTO genealogy_edge (parent_lot_id, child_lot_id, work_order_id, quantity) VALUES ${parents.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`).join(', ')}`,
        values,
      );
      const [{ total }]: { total: string }[] = await tx.manager.query('SELECT ($1::numeric + $2::numeric)::text AS total', [wo.quantityProduced, input.quantity]);
      await updateVersioned(tx, WorkOrderEntity, wo.id, wo.version, { quantityProduced: total });
      uow.audit({
        action: 'PRODUCE',
        entityType: 'WorkOrder',
        entityId: wo.id,
        reason,
        changes: [
          { field: 'quantityProduced', old: wo.quantityProduced, new: total },
          { field: 'genealogy', old: null, new: { child: lot.id, parents: parents.map((p) => p.lot_id) } },
        ],
      });
      return lot;
    },
    replay: (id) => findLot(ctx, id),
  });
}
