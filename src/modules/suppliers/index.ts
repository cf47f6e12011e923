import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { SUPPLIER_QUALIFICATION_CHANGED } from './supplier.events';
import { qualificationChangeFor } from './supplier-changes.service';
import { loadByIds } from '../../core/graphql/authorized-query';
import { SupplierEntity } from './supplier.entity';
import { SupplierResolver } from './supplier.resolver';
import { SUPPLIER_SPEC } from './supplier.table';

export const suppliersModule: ModuleDefinition = {
  name: 'suppliers',
  eventSubscriptions: [{ eventType: SUPPLIER_QUALIFICATION_CHANGED, field: 'supplierQualificationChanged', map: (ctx) => qualificationChangeFor(ctx) }],
  resolvers: [SupplierResolver],
  entities: [SupplierEntity],
  nodes: { sup: (ctx, ids) => loadByIds(ctx, SUPPLIER_SPEC, ids) },
  reads: { models: [{ type: 'Supplier', spec: SUPPLIER_SPEC, idPrefix: 'sup' }] },
};
