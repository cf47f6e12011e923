import type { EntitySpec } from '../../core/graphql/authorized-query';
import { StockBalanceEntity } from './stock-balance.entity';
import { StockMovementEntity } from './stock-movement.entity';

/** Row scopes: callers with `siteIds` see the stock of those sites only. */
export const BALANCE_SPEC: EntitySpec<StockBalanceEntity> = {
  entity: StockBalanceEntity,
  subject: 'StockBalance',
  alias: 'sb',
  columns: { siteId: 'site_id', lotId: 'lot_id', locationId: 'location_id', materialId: 'material_id' },
};

export const MOVEMENT_SPEC: EntitySpec<StockMovementEntity> = {
  entity: StockMovementEntity,
  subject: 'StockMovement',
  alias: 'sm',
  columns: { id: 'id', siteId: 'site_id', lotId: 'lot_id', materialId: 'material_id' },
};
