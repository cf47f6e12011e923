import { codeNameAndTimeOrderings, declareEntity } from '../../core/entities/declare-entity';
import { anyOfFilter, equalsFilter, idsFilter, searchFilter } from '../../core/entities/filter-kinds';
import { SiteEntity } from './site.entity';
import { SiteStatus } from './site.enums';

/** Site: its GraphQL type, list, filters, orderings, loader and compiled reads. */
export const SITE = declareEntity<SiteEntity>({
  type: 'Site',
  description: 'A plant or warehouse: where stock is kept and work is done.',
  entity: SiteEntity,
  alias: 'st',
  idPrefix: 'site',
  idDescription: 'Globally unique, opaque identifier.',
  ruleColumns: { id: 'id', code: 'code', status: 'status', country: 'country' },
  fields: {
    code: { type: () => String, description: 'Unique site code, e.g. SZ-PLANT.' },
    name: { type: () => String, description: 'Display name.' },
    country: { type: () => String, nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. CN.' },
    timezone: { type: () => String, description: 'IANA time zone, e.g. Asia/Shanghai; local shop-floor dates are computed in it.' },
    status: { type: () => SiteStatus, description: 'ACTIVE or INACTIVE.' },
  },
  list: {
    field: 'sites',
    noun: ['site', 'sites'],
    filterDescription: 'Filters combine with AND; list values match any.',
    filters: {
      ids: idsFilter('Only these sites.'),
      status: anyOfFilter('status', 'status', () => SiteStatus, 'Only sites in these statuses.'),
      country: equalsFilter('country', 'country', 'ISO 3166-1 alpha-2 country code.', (code) => code.trim().toUpperCase()),
      search: searchFilter({ code: 'code', name: 'name' }, 'Case-insensitive substring of code or name.'),
    },
    orderBy: codeNameAndTimeOrderings<SiteEntity>(),
    defaultOrder: 'CODE',
    orderTexts: { field: 'Fields sites can be ordered by.', input: 'One ordering key; the id breaks ties.', fieldArg: 'Field to order by.', direction: 'Direction; ASC by default.' },
  },
});
