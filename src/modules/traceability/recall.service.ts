import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { transitionLot } from '../lots/lot-lifecycle.service';
import { LotStatus } from '../lots/lot.enums';
import type { LotTransitionInput } from '../lots/lot-inputs.types';
import { recallImpact } from './trace.service';

export interface RecallShipmentRow {
  shipmentId: string;
  shipmentNumber: string;
  customerId: string;
  consigneeName: string;
  consigneeAddress: string;
  lotId: string;
  lotNumber: string;
  serialNumber: string | null;
  udi: string | null;
  quantity: string;
  shippedAt: Date;
}

/** Every shipment line of the given lots: the distribution record a recall works from. Needs read on Shipment. */
export async function shipmentsOf(ctx: RequestContext, lotIds: string[]): Promise<RecallShipmentRow[]> {
  assertCan(ctx, 'read', 'Shipment');
  return ctx.manager.query(
    `SELECT s.id AS "shipmentId", s.shipment_number AS "shipmentNumber", s.customer_id AS "customerId", s.consignee_name AS "consigneeName",
            s.consignee_address AS "consigneeAddress", sl.lot_id AS "lotId", sl.lot_number AS "lotNumber", sl.serial_number AS "serialNumber",
            sl.udi, sl.quantity::text AS quantity, s.shipped_at AS "shippedAt"
     FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id
     WHERE sl.lot_id = ANY($1) ORDER BY s.shipped_at, s.id, sl.line_no`,
    [lotIds],
  );
}

/** The customers that received any of the lots, with quantities, summed by PostgreSQL. */
export async function customersOf(ctx: RequestContext, lotIds: string[]): Promise<{ customerId: string; quantity: string; shipmentCount: number }[]> {
  assertCan(ctx, 'read', 'Shipment');
  return ctx.manager.query(
    `SELECT s.customer_id AS "customerId", sum(sl.quantity)::text AS quantity, count(DISTINCT s.id)::int AS "shipmentCount"
     FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id
     WHERE sl.lot_id = ANY($1) GROUP BY s.customer_id ORDER BY s.customer_id`,
    [lotIds],
  );
}

/**
 * Recalls a lot (signed APPROVED by QA): it and every lot made from it become RECALLED in one
 * transaction, which blocks their stock everywhere; returns the customers to notify.
 */
export async function recallLot(ctx: RequestContext, input: LotTransitionInput) {
  const { lot, signature } = await transitionLot(ctx, input, LotStatus.RECALLED);
  const impact = await recallImpact(ctx, lot.id);
  const recalledLotIds = [lot.id, ...impact.affectedLots.map((a) => a.lotId)];
  return { lot, signature, recalledLotIds, customers: await customersOf(ctx, recalledLotIds) };
}
