import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { authorizedQuery, loadByIds } from '../../core/graphql/authorized-query';
import type { LocationEntity } from './location.entity';
import type { SiteEntity } from './site.entity';
import { LOCATION_SPEC, SITE_SPEC } from './site.table';

/** Sites by id for this request, one statement per batch, row-scoped. */
export function siteLoader(ctx: RequestContext): DataLoader<string, SiteEntity | null> {
  return ctx.loaders.get('site.byId', () => new DataLoader((ids: readonly string[]) => loadByIds(ctx, SITE_SPEC, ids)));
}

/** Locations grouped by site for this request: one statement for a whole page of sites. */
export function locationsBySiteLoader(ctx: RequestContext): DataLoader<string, LocationEntity[]> {
  return ctx.loaders.get('location.bySite', () => new DataLoader(async (siteIds: readonly string[]) => {
    const rows = await authorizedQuery(ctx, LOCATION_SPEC)
      .andWhere('l.site_id = ANY(:siteIds)', { siteIds: [...siteIds] })
      .orderBy('l.code', 'ASC')
      .getMany();
    const bySite = new Map<string, LocationEntity[]>(siteIds.map((id) => [id, []]));
    for (const row of rows) bySite.get(row.siteId)?.push(row);
    return siteIds.map((id) => bySite.get(id) ?? []);
  }));
}
