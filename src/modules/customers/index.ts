import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds } from '../../core/graphql/authorized-query';
import { CustomerEntity } from './customer.entity';
import { CustomerResolver } from './customer.resolver';
import { CUSTOMER_SPEC } from './customer.table';

export const customersModule: ModuleDefinition = {
  name: 'customers',
  resolvers: [CustomerResolver],
  entities: [CustomerEntity],
  nodes: { cus: (ctx, ids) => loadByIds(ctx, CUSTOMER_SPEC, ids) },
};
