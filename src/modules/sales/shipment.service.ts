import type { RequestContext } from '../../core/context';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import type { ChangeWindowFilter } from '../../core/graphql/change-window';
import type { ShipmentEntity } from './sales.entities';
import { SHIPMENT_SPEC } from './sales.table';

export function listShipments(ctx: RequestContext, args: ConnectionArgs, filter?: ChangeWindowFilter): Promise<Connection<ShipmentEntity>> {
  return paginate(
    authorizedQuery(ctx, SHIPMENT_SPEC),
    args,
    [
      { column: 'shp.shipped_at', direction: SortDirection.DESC, value: (s) => s.shippedAt },
      { column: 'shp.id', direction: SortDirection.DESC, value: (s) => s.id },
    ],
    filter,
  );
}
