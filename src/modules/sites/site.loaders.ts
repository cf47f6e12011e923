import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import type { Connection, ConnectionArgs } from '../../core/graphql/connection';
import { loadByIds } from '../../core/graphql/authorized-query';
import type { LocationEntity } from './location.entity';
import { locationQuery } from './location.service';
import type { LocationFilter, LocationOrder } from './location.types';
import type { SiteEntity } from './site.entity';
import { SITE_SPEC } from './site.table';
import { paginatePerGroup } from '../../core/graphql/grouped-keyset';

/** Sites by id for this request, one row-scoped statement per batch. */
export function siteLoader(ctx: RequestContext): DataLoader<string, SiteEntity | null> {
  return ctx.loaders.get('site.byId', () => new DataLoader((ids: readonly string[]) => loadByIds(ctx, SITE_SPEC, ids)));
}

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
