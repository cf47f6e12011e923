import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds } from '../../core/graphql/authorized-query';
import { onReceipt } from '../lots/lot-receipt.hooks';
import { PurchaseOrderEntity, PurchaseOrderLineEntity } from './purchase-order.entity';
import { PurchaseOrderLineResolver, PurchaseOrderResolver } from './purchase-order.resolver';
import { PURCHASE_ORDER_LINE_SPEC, PURCHASE_ORDER_SPEC } from './purchase-order.table';
import { receiveAgainstOrderLine } from './purchase-receipt';

onReceipt(receiveAgainstOrderLine);

export const purchasingModule: ModuleDefinition = {
  name: 'purchasing',
  resolvers: [PurchaseOrderResolver, PurchaseOrderLineResolver],
  entities: [PurchaseOrderEntity, PurchaseOrderLineEntity],
  nodes: {
    po: (ctx, ids) => loadByIds(ctx, PURCHASE_ORDER_SPEC, ids),
    pol: (ctx, ids) => loadByIds(ctx, PURCHASE_ORDER_LINE_SPEC, ids),
  },
};
