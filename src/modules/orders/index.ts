import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { OrderResolver } from './order.resolver';

/** What purchase and sales orders share: the orderStatusChanged subscription. */
export const ordersModule: ModuleDefinition = {
  name: 'orders',
  resolvers: [OrderResolver],
  entities: [],
  nodes: {},
};
