import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { CustomerEntity } from './customer.entity';
import { CustomerResolver } from './customer.resolver';
import { CUSTOMER } from './customer.declaration';

export const customersModule: ModuleDefinition = {
  name: 'customers',
  resolvers: [CustomerResolver],
  entities: [CustomerEntity],
  nodes: { cus: CUSTOMER.nodeLoader },
  reads: CUSTOMER.reads,
};
