import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import type { Connection, ConnectionArgs } from '../../core/graphql/connection';
import type { LocationEntity } from './location.entity';
import { locationQuery } from './location.service';
import type { LocationFilter, LocationOrder } from './location.types';
import { paginatePerGroup } from '../../core/graphql/grouped-keyset';

/**
 * One page of locations per site, for every site of the response in one statement. Sites asked
 * with the same arguments share a batch; differently aliased `locations(...)` get their own.
 */
export function locationPageBySiteLoader(ctx: RequestContext, args: ConnectionArgs, filter: LocationFilter = {}, orderBy?: LocationOrder[]): DataLoader<string, Connection<LocationEntity>> {
  const key = `location.pageBySite:${JSON.stringify([args, filter, orderBy ?? null])}`;
  return ctx.loaders.get(
    key,
    () =>
      new DataLoader(async (siteIds: readonly string[]) => {
        const { qb, keys } = locationQuery(ctx, filter, orderBy);
        return paginatePerGroup(qb, { column: 'l.site_id', of: (l) => l.siteId, ids: siteIds }, args, keys);
      }),
  );
}
