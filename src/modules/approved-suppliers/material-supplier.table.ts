import type { EntitySpec } from '../../core/graphql/authorized-query';
import { MaterialSupplierEntity } from './material-supplier.entity';

/** Row scopes: a SUPPLIER reads only entries with its own supplierId. */
export const MATERIAL_SUPPLIER_SPEC: EntitySpec<MaterialSupplierEntity> = {
  entity: MaterialSupplierEntity,
  subject: 'MaterialSupplier',
  alias: 'ms',
  columns: { id: 'id', supplierId: 'supplier_id', materialId: 'material_id', status: 'status' },
};
