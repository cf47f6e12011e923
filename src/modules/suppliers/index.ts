import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds } from '../../core/graphql/authorized-query';
import { SupplierEntity } from './supplier.entity';
import { SupplierResolver } from './supplier.resolver';
import { SUPPLIER_SPEC } from './supplier.table';

export const suppliersModule: ModuleDefinition = {
  name: 'suppliers',
  resolvers: [SupplierResolver],
  entities: [SupplierEntity],
  nodes: { sup: (ctx, ids) => loadByIds(ctx, SUPPLIER_SPEC, ids) },
};
