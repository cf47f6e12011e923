import type { EntitySpec } from '../../core/graphql/authorized-query';
import { LotEntity } from './lot.entity';

/** Row scopes: a SUPPLIER reads only the lots it supplied. */
export const LOT_SPEC: EntitySpec<LotEntity> = {
  entity: LotEntity,
  subject: 'Lot',
  alias: 'lt',
  columns: { id: 'id', supplierId: 'supplier_id', siteId: 'site_id', materialId: 'material_id', status: 'status' },
};
