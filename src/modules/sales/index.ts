import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds, loadChildrenByIds } from '../../core/graphql/authorized-query';
import { AllocationEntity, CustomerAddressEntity, SalesOrderEntity, SalesOrderLineEntity, ShipmentEntity, ShipmentLineEntity } from './sales.entities';
import { CustomerAddressResolver, SalesOrderResolver, ShipmentResolver } from './sales.resolver';
import { ADDRESS_SPEC, ALLOCATION_SPEC, SALES_ORDER_LINE_SPEC, SALES_ORDER_SPEC, SHIPMENT_LINE_SPEC, SHIPMENT_SPEC } from './sales.table';

export const salesModule: ModuleDefinition = {
  name: 'sales',
  resolvers: [SalesOrderResolver, ShipmentResolver, CustomerAddressResolver],
  entities: [CustomerAddressEntity, SalesOrderEntity, SalesOrderLineEntity, AllocationEntity, ShipmentEntity, ShipmentLineEntity],
  nodes: {
    so: (ctx, ids) => loadByIds(ctx, SALES_ORDER_SPEC, ids),
    shp: (ctx, ids) => loadByIds(ctx, SHIPMENT_SPEC, ids),
    cad: (ctx, ids) => loadByIds(ctx, ADDRESS_SPEC, ids),
    sol: (ctx, ids) => loadChildrenByIds(ctx, SALES_ORDER_LINE_SPEC, ids),
    alc: (ctx, ids) => loadChildrenByIds(ctx, ALLOCATION_SPEC, ids),
    shl: (ctx, ids) => loadChildrenByIds(ctx, SHIPMENT_LINE_SPEC, ids),
  },
};
