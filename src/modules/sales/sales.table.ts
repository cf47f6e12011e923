import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { authorizedQuery, type ChildSpec, type EntitySpec } from '../../core/graphql/authorized-query';
import { AllocationEntity, CustomerAddressEntity, SalesOrderEntity, SalesOrderLineEntity, ShipmentEntity, ShipmentLineEntity } from './sales.entities';

export const SALES_ORDER_SPEC: EntitySpec<SalesOrderEntity> = { entity: SalesOrderEntity, subject: 'SalesOrder', alias: 'so', columns: { id: 'id', customerId: 'customer_id', status: 'status' } };
export const SHIPMENT_SPEC: EntitySpec<ShipmentEntity> = { entity: ShipmentEntity, subject: 'Shipment', alias: 'shp', columns: { id: 'id', customerId: 'customer_id' } };
export const ADDRESS_SPEC: EntitySpec<CustomerAddressEntity> = { entity: CustomerAddressEntity, subject: 'CustomerAddress', alias: 'ca', columns: { id: 'id', customerId: 'customer_id' } };
export const SALES_ORDER_LINE_SPEC: ChildSpec<SalesOrderLineEntity> = { entity: SalesOrderLineEntity, alias: 'sol', parentColumn: 'order_id', parent: SALES_ORDER_SPEC, subject: 'SalesOrderLine' };
export const ALLOCATION_SPEC: ChildSpec<AllocationEntity> = {
  entity: AllocationEntity,
  alias: 'alc',
  parentColumn: 'order_line_id',
  subject: 'SalesOrder',
  parent: { entity: SalesOrderLineEntity, subject: 'SalesOrderLine', alias: 'sol', columns: { id: 'id' } },
};
export const SHIPMENT_LINE_SPEC: ChildSpec<ShipmentLineEntity> = { entity: ShipmentLineEntity, alias: 'shl', parentColumn: 'shipment_id', parent: SHIPMENT_SPEC };

/** Lines of a page of orders in one statement (the orders were authorized already). */
export function salesOrderLinesLoader(ctx: RequestContext): DataLoader<string, SalesOrderLineEntity[]> {
  return ctx.loaders.get(
    'sales.lines',
    () =>
      new DataLoader(async (orderIds: readonly string[]) => {
        const rows = await ctx.manager
          .createQueryBuilder(SalesOrderLineEntity, 'sol')
          .where('sol.order_id = ANY(:ids)', { ids: [...orderIds] })
          .orderBy('sol.order_id')
          .addOrderBy('sol.line_no')
          .getMany();
        return orderIds.map((id) => rows.filter((r) => r.orderId === id));
      }),
  );
}

/** Lines of a page of shipments in one statement. */
export function shipmentLinesLoader(ctx: RequestContext): DataLoader<string, ShipmentLineEntity[]> {
  return ctx.loaders.get(
    'sales.shipmentLines',
    () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows = await ctx.manager
          .createQueryBuilder(ShipmentLineEntity, 'sl')
          .where('sl.shipment_id = ANY(:ids)', { ids: [...ids] })
          .orderBy('sl.shipment_id')
          .addOrderBy('sl.line_no')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.shipmentId === id));
      }),
  );
}

/** A customer's addresses, for a page of customers in one statement. */
export function addressesLoader(ctx: RequestContext): DataLoader<string, CustomerAddressEntity[]> {
  return ctx.loaders.get(
    'sales.addresses',
    () =>
      new DataLoader(async (customerIds: readonly string[]) => {
        const rows = await authorizedQuery(ctx, ADDRESS_SPEC)
          .andWhere('ca.customer_id = ANY(:ids)', { ids: [...customerIds] })
          .orderBy('ca.label')
          .getMany();
        return customerIds.map((id) => rows.filter((r) => r.customerId === id));
      }),
  );
}
