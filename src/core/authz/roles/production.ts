import { MASTER_DATA, type RoleRules } from '../rule-builder';

/** PRODUCTION: reads master data; locations limited to the token's `siteIds` when given. */
export const productionRules: RoleRules = ({ can, principal }) => {
  can('read', MASTER_DATA.filter((s) => s !== 'Location'));
  can('read', 'Lot');
  if (principal.siteIds.length > 0) can('read', 'Location', { siteId: { $in: principal.siteIds } });
  else can('read', 'Location');
};
