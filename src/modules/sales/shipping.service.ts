import { In, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { idempotent } from '../../core/idempotency';
import { InputValidator } from '../../core/validation';
import { drawOnConcession, lockConcessionsOfLots } from '../lots/concession-scope';
import { lotUdi } from '../lots/lot-udi';
import { assertLotUsable, findLotForUse } from '../lots/lot.service';
import { holdLots, lotsInOrderOfUse } from '../lots/lot.lookups';
import { materialSummaries } from '../materials/material.lookups';
import { lockBalances } from '../stock/stock.lookups';
import { applyMovement } from '../stock/stock-ledger';
import { lockMaterialsForMovement } from '../stock/free-stock-lock';
import { MovementType } from '../stock/stock.enums';
import { formatAddress } from './customer-address.service';
import { AllocationEntity, CustomerAddressEntity, SalesOrderEntity, SalesOrderLineEntity, ShipmentEntity, ShipmentLineEntity } from './sales.entities';
import { SalesOrderStatus as S } from './sales.enums';
import { lockSalesOrder, recordStep } from './sales-order.service';
import type { ShipSalesOrderInput } from './sales-inputs.types';

/**
 * ALLOCATED → SHIPPED: the allocated stock leaves with SHIP movements and a shipment whose lines
 * keep lot, serial, full UDI and the consignee's name and address as they were at shipping.
 * A lot held or recalled since allocation stops the shipment; conditional releases draw on their
 * concession for this customer.
 */
export async function shipSalesOrder(ctx: RequestContext, input: ShipSalesOrderInput): Promise<ShipmentResult> {
  assertCan(ctx, 'ship', 'SalesOrder');
  return idempotent(ctx, {
    operation: 'shipSalesOrder',
    key: input.idempotencyKey,
    input,
    prepare: () => {
      const v = new InputValidator();
      const shipmentNumber = input.shipmentNumber == null ? null : v.code('shipmentNumber', input.shipmentNumber);
      v.throwIfAny();
      return shipmentNumber;
    },
    run: async (uow, shipmentNumber) => {
      const { ctx: tx } = uow;
      const before = await lockSalesOrder(tx, input.id, input.expectedVersion, S.SHIPPED, input.reason ?? null);
      const address = await tx.manager.findOneByOrFail(CustomerAddressEntity, { id: before.shipToAddressId });
      const shipment = await tx.manager.save(
        tx.manager.create(ShipmentEntity, {
          id: newId('shp'),
          shipmentNumber: shipmentNumber ?? `${before.orderNumber}-S1`,
          salesOrderId: before.id,
          customerId: before.customerId,
          consigneeName: address.consigneeName,
          consigneeAddress: formatAddress(address),
          shippedAt: new Date(),
          shippedBy: ctx.principal.name,
          customFields: {},
          version: 1,
        }),
      );
      const { allocations, lots } = await allocationsInShippingOrder(tx.manager, before.id);
      // Locks in the order every other stock path takes them, each kind sorted: the materials' lock
      // (as an allocator), the lots (as issues and write-offs), their concessions (as issues), then
      // the balances. So a shipment waits for the others, or they for it, and none deadlocks.
      const lotIds = lots.map((l) => l.id).sort();
      const materials = await materialSummaries(tx.manager, [...new Set(lots.map((l) => l.materialId))]);
      const gtinOf = new Map(materials.map((m) => [m.id, m.gtin]));
      await lockMaterialsForMovement(
        tx.manager,
        materials.map((m) => m.id),
      );
      await holdLots(tx.manager, lotIds);
      await lockConcessionsOfLots(tx.manager, lotIds);
      await lockBalances(tx.manager, allocations);
      const lines: ShipmentLineEntity[] = [];
      for (const a of allocations) {
        if (!canOn(tx, 'move', 'StockMovement', { siteId: a.siteId })) {
          fail(ErrorCode.FORBIDDEN, `The order is allocated from site ${a.siteId}, where you may not move stock`, ['input', 'id']);
        }
        const lot = await findLotForUse(tx, a.lotId);
        assertLotUsable(lot);
        // Counted against the concession already only if it was allocated under it.
        await drawOnConcession(uow, lot, { quantity: a.quantity, customerId: before.customerId, allocated: a.concessionId !== null && a.concessionId === lot.concessionId });
        const movement = await applyMovement(uow, {
          type: MovementType.SHIP,
          lotId: lot.id,
          materialId: lot.materialId,
          from: { locationId: a.locationId, siteId: a.siteId },
          quantity: a.quantity,
          reason: `Shipment ${shipment.shipmentNumber}`,
          reference: shipment.id,
          fromReserved: true,
        });
        const gtin = gtinOf.get(lot.materialId) ?? null;
        lines.push(
          tx.manager.create(ShipmentLineEntity, {
            id: newId('shl'),
            shipmentId: shipment.id,
            lineNo: lines.length + 1,
            orderLineId: a.orderLineId,
            lotId: lot.id,
            materialId: lot.materialId,
            lotNumber: lot.lotNumber,
            serialNumber: lot.serialNumber,
            udi: gtin ? lotUdi(gtin, lot) : null,
            quantity: a.quantity,
            movementId: movement.id,
          }),
        );
        await tx.manager.query(`UPDATE sales_allocation SET status = 'SHIPPED' WHERE id = $1`, [a.id]);
        const [[line]] = (await tx.manager.query(
          `UPDATE sales_order_line SET shipped_quantity = shipped_quantity + $2 WHERE id = $1 RETURNING (shipped_quantity - $2)::text AS old, shipped_quantity::text AS new`,
          [a.orderLineId, a.quantity],
        )) as [{ old: string; new: string }[], number];
        uow.audit({
          action: 'SHIP_ALLOCATION',
          entityType: 'SalesOrderLine',
          entityId: a.orderLineId,
          changes: [
            { field: `allocation ${a.id}`, old: 'ALLOCATED', new: 'SHIPPED' },
            { field: 'shippedQuantity', old: line.old, new: line.new },
          ],
        });
      }
      await tx.manager.save(lines);
      uow.audit({
        action: 'SHIP',
        entityType: 'Shipment',
        entityId: shipment.id,
        changes: [
          {
            field: 'shipment',
            old: null,
            new: { order: before.id, consignee: shipment.consigneeName, address: shipment.consigneeAddress, lines: lines.map((l) => ({ lot: l.lotNumber, udi: l.udi, quantity: l.quantity })) },
          },
        ],
      });
      const order = await recordStep(uow, before, S.SHIPPED, input.reason ?? null);
      return { id: shipment.id, order, shipment };
    },
    replay: async (shipmentId) => {
      const shipment = await ctx.manager.findOneByOrFail(ShipmentEntity, { id: shipmentId });
      return { id: shipment.id, order: await ctx.manager.findOneByOrFail(SalesOrderEntity, { id: shipment.salesOrderId }), shipment };
    },
  });
}

interface ShipmentResult {
  /** The shipment's id, which an idempotent replay re-reads. */
  id: string;
  order: SalesOrderEntity;
  shipment: ShipmentEntity;
}

/**
 * The order's open allocations in the order they ship: by line, then first expiry first (the
 * lots' order of use), then as allocated; with their lots.
 */
async function allocationsInShippingOrder(manager: EntityManager, orderId: string): Promise<{ allocations: AllocationEntity[]; lots: Awaited<ReturnType<typeof lotsInOrderOfUse>> }> {
  const lines = await manager.find(SalesOrderLineEntity, { where: { orderId }, select: { id: true, lineNo: true } });
  const lineNo = new Map(lines.map((l) => [l.id, l.lineNo]));
  const allocations = await manager.find(AllocationEntity, { where: { orderLineId: In(lines.map((l) => l.id)), status: 'ALLOCATED' } });
  const lots = await lotsInOrderOfUse(manager, [...new Set(allocations.map((a) => a.lotId))]);
  const useRank = new Map(lots.map((l, i) => [l.id, i]));
  allocations.sort((x, y) => lineNo.get(x.orderLineId)! - lineNo.get(y.orderLineId)! || useRank.get(x.lotId)! - useRank.get(y.lotId)! || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { allocations, lots };
}
