import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { SUPPLIER_QUALIFICATION_CHANGED } from './supplier.events';
import { qualificationChangeFor } from './supplier-changes.service';
import { SupplierEntity } from './supplier.entity';
import { SupplierResolver } from './supplier.resolver';
import { SUPPLIER } from './supplier.declaration';

export const suppliersModule: ModuleDefinition = {
  name: 'suppliers',
  eventSubscriptions: [{ eventType: SUPPLIER_QUALIFICATION_CHANGED, field: 'supplierQualificationChanged', map: (ctx) => qualificationChangeFor(ctx) }],
  resolvers: [SupplierResolver],
  entities: [SupplierEntity],
  nodes: { sup: SUPPLIER.nodeLoader },
  reads: SUPPLIER.reads,
};
