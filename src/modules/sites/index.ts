import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds } from '../../core/graphql/authorized-query';
import { LocationEntity } from './location.entity';
import { LocationResolver } from './location.resolver';
import { SiteEntity } from './site.entity';
import { SiteResolver } from './site.resolver';
import { LOCATION_SPEC } from './site.table';
import { SITE } from './site.declaration';

export const sitesModule: ModuleDefinition = {
  name: 'sites',
  resolvers: [SiteResolver, LocationResolver],
  entities: [SiteEntity, LocationEntity],
  nodes: {
    site: SITE.nodeLoader,
    loc: (ctx, ids) => loadByIds(ctx, LOCATION_SPEC, ids),
  },
  reads: SITE.reads,
};
