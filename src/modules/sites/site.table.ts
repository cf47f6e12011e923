import type { EntitySpec } from '../../core/graphql/authorized-query';
import { LocationEntity } from './location.entity';

/** Location rows; WAREHOUSE and PRODUCTION tokens with siteIds are scoped by `siteId`. */
export const LOCATION_SPEC: EntitySpec<LocationEntity> = {
  entity: LocationEntity,
  subject: 'Location',
  alias: 'l',
  columns: { id: 'id', siteId: 'site_id', code: 'code', type: 'type', status: 'status' },
};
