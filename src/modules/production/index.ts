import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds, loadChildrenByIds } from '../../core/graphql/authorized-query';
import { BomEntity, BomLineEntity } from './bom.entity';
import { BOM_SPEC } from './bom.service';
import { BomResolver, WorkOrderResolver } from './production.resolver';
import { ConsumptionEntity, WorkOrderEntity } from './work-order.entity';
import { WORK_ORDER_SPEC } from './work-order.service';

export const productionModule: ModuleDefinition = {
  name: 'production',
  resolvers: [BomResolver, WorkOrderResolver],
  entities: [BomEntity, BomLineEntity, WorkOrderEntity, ConsumptionEntity],
  nodes: {
    bom: (ctx, ids) => loadByIds(ctx, BOM_SPEC, ids),
    bml: (ctx, ids) => loadChildrenByIds(ctx, { entity: BomLineEntity, alias: 'bml', parentColumn: 'bom_id', parent: BOM_SPEC }, ids),
    wo: (ctx, ids) => loadByIds(ctx, WORK_ORDER_SPEC, ids),
    con: (ctx, ids) => loadChildrenByIds(ctx, { entity: ConsumptionEntity, alias: 'con', parentColumn: 'work_order_id', parent: WORK_ORDER_SPEC }, ids),
  },
};
