import type { RequestContext } from '../../core/context';
import { assertCan, rowScope } from '../../core/authz/guard';
import { queryNamed } from '../../core/persistence/named-query';
import { SHIPMENT_SPEC } from './sales.table';

/* Where lots went, for other modules (a recall, its impact): read from the shipments the caller may read. */

export interface ShipmentLineOfLot {
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

/**
 * Shipment lines of the given lots, limited to the shipments the caller may read (the same
 * row rules as `shipments`), as one statement; refuses callers who may read no shipments.
 */
function shipmentLinesQuery<T>(ctx: RequestContext, select: string, lotIds: string[], tail: string): Promise<T[]> {
  assertCan(ctx, 'read', 'Shipment');
  const scope = rowScope(ctx, 'read', 'Shipment', 's', SHIPMENT_SPEC.columns);
  return queryNamed(ctx.manager, `SELECT ${select} FROM shipment_line sl JOIN shipment s ON s.id = sl.shipment_id WHERE sl.lot_id = ANY(:lotIds) AND ${scope.sql} ${tail}`, {
    ...scope.params,
    lotIds,
  });
}

/** Every shipment line of the given lots: the distribution record a recall works from. Needs read on Shipment. */
export function shipmentsOf(ctx: RequestContext, lotIds: string[]): Promise<ShipmentLineOfLot[]> {
  return shipmentLinesQuery(
    ctx,
    `s.id AS "shipmentId", s.shipment_number AS "shipmentNumber", s.customer_id AS "customerId", s.consignee_name AS "consigneeName",
     s.consignee_address AS "consigneeAddress", sl.lot_id AS "lotId", sl.lot_number AS "lotNumber", sl.serial_number AS "serialNumber",
     sl.udi, sl.quantity::text AS quantity, s.shipped_at AS "shippedAt"`,
    lotIds,
    'ORDER BY s.shipped_at, s.id, sl.line_no',
  );
}

/** The customers that received any of the lots, with quantities, summed by PostgreSQL over the shipments the caller may read. */
export function customersOf(ctx: RequestContext, lotIds: string[]): Promise<{ customerId: string; quantity: string; shipmentCount: number }[]> {
  return shipmentLinesQuery(
    ctx,
    `s.customer_id AS "customerId", sum(sl.quantity)::text AS quantity, count(DISTINCT s.id)::int AS "shipmentCount"`,
    lotIds,
    'GROUP BY s.customer_id ORDER BY s.customer_id',
  );
}
