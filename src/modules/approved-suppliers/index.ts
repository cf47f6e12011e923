import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds } from '../../core/graphql/authorized-query';
import { MaterialSupplierEntity } from './material-supplier.entity';
import { MaterialApprovedSuppliersResolver, MaterialSupplierResolver, SupplierApprovedMaterialsResolver } from './material-supplier.resolver';
import { MATERIAL_SUPPLIER_SPEC } from './material-supplier.table';
import { APPROVED_SUPPLIER_READS } from './material-supplier.reads';

export const approvedSuppliersModule: ModuleDefinition = {
  name: 'approved-suppliers',
  resolvers: [MaterialSupplierResolver, MaterialApprovedSuppliersResolver, SupplierApprovedMaterialsResolver],
  entities: [MaterialSupplierEntity],
  nodes: { asl: (ctx, ids) => loadByIds(ctx, MATERIAL_SUPPLIER_SPEC, ids) },
  reads: APPROVED_SUPPLIER_READS,
};
