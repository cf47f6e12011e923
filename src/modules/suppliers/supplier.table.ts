import type { EntitySpec } from '../../core/graphql/authorized-query';
import { SupplierEntity } from './supplier.entity';

/** How Supplier rows map onto SQL for row scopes (a SUPPLIER reads only `id = supplierId`). */
export const SUPPLIER_SPEC: EntitySpec<SupplierEntity> = {
  entity: SupplierEntity,
  subject: 'Supplier',
  alias: 's',
  columns: { id: 'id', code: 'code', qualificationStatus: 'qualification_status', status: 'status' },
};
