import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { authorizedQuery, type EntitySpec } from '../../core/graphql/authorized-query';
import { PurchaseOrderEntity, PurchaseOrderLineEntity } from './purchase-order.entity';

/** Row scopes: a SUPPLIER reads only its own orders and their lines. */
export const PURCHASE_ORDER_SPEC: EntitySpec<PurchaseOrderEntity> = {
  entity: PurchaseOrderEntity,
  subject: 'PurchaseOrder',
  alias: 'po',
  columns: { id: 'id', supplierId: 'supplier_id', status: 'status' },
};
export const PURCHASE_ORDER_LINE_SPEC: EntitySpec<PurchaseOrderLineEntity> = {
  entity: PurchaseOrderLineEntity,
  subject: 'PurchaseOrderLine',
  alias: 'pol',
  columns: { id: 'id', orderId: 'order_id', supplierId: 'supplier_id', materialId: 'material_id' },
};

/** The lines of a page of orders in one statement, in line order. */
export function purchaseOrderLinesLoader(ctx: RequestContext): DataLoader<string, PurchaseOrderLineEntity[]> {
  return ctx.loaders.get(
    'purchaseOrder.lines',
    () =>
      new DataLoader(async (orderIds: readonly string[]) => {
        const rows = await authorizedQuery(ctx, PURCHASE_ORDER_LINE_SPEC)
          .andWhere('pol.order_id = ANY(:ids)', { ids: [...orderIds] })
          .orderBy('pol.order_id')
          .addOrderBy('pol.line_no')
          .getMany();
        return orderIds.map((id) => rows.filter((r) => r.orderId === id));
      }),
  );
}
