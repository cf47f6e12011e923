import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { ORDER_STATUS_CHANGED } from './order.events';
import { orderStatusChangeFor } from './order-changes.service';
import { OrderResolver } from './order.resolver';

/** What purchase and sales orders share: the orderStatusChanged subscription. */
export const ordersModule: ModuleDefinition = {
  name: 'orders',
  eventSubscriptions: [{ eventType: ORDER_STATUS_CHANGED, field: 'orderStatusChanged', map: (ctx) => orderStatusChangeFor(ctx) }],
  resolvers: [OrderResolver],
  entities: [],
  nodes: {},
};
