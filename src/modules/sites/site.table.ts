import type { EntitySpec } from '../../core/graphql/authorized-query';
import { LocationEntity } from './location.entity';
import { SiteEntity } from './site.entity';

/** How Site rows map onto SQL for row scopes and lists. */
export const SITE_SPEC: EntitySpec<SiteEntity> = {
  entity: SiteEntity,
  subject: 'Site',
  alias: 'st',
  columns: { id: 'id', code: 'code', status: 'status', country: 'country' },
};

/** Location rows; WAREHOUSE and PRODUCTION tokens with siteIds are scoped by `siteId`. */
export const LOCATION_SPEC: EntitySpec<LocationEntity> = {
  entity: LocationEntity,
  subject: 'Location',
  alias: 'l',
  columns: { id: 'id', siteId: 'site_id', code: 'code', type: 'type', status: 'status' },
};
