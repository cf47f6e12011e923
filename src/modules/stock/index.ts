import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds } from '../../core/graphql/authorized-query';
import { StockBalanceEntity } from './stock-balance.entity';
import { StockMovementEntity } from './stock-movement.entity';
import { StockResolver } from './stock.resolver';
import { raiseLowStockAlerts } from './low-stock.job';
import { MOVEMENT_SPEC } from './stock.table';

export const stockModule: ModuleDefinition = {
  name: 'stock',
  resolvers: [StockResolver],
  entities: [StockBalanceEntity, StockMovementEntity],
  nodes: { mov: (ctx, ids) => loadByIds(ctx, MOVEMENT_SPEC, ids) },
  jobs: [{ name: 'low-stock', intervalMs: 15 * 60_000, run: (platform) => raiseLowStockAlerts(platform) }],
};
