import { MASTER_DATA, type RoleRules } from '../rule-builder';

/**
 * WAREHOUSE: reads master data and maintains storage locations. With `siteIds` in the token,
 * locations are limited to those sites.
 */
export const warehouseRules: RoleRules = ({ can, principal }) => {
  can('read', MASTER_DATA.filter((s) => s !== 'Location'));
  can(['read', 'receive'], 'Lot');
  if (principal.siteIds.length > 0) {
    can(['read', 'create', 'update'], 'Location', { siteId: { $in: principal.siteIds } });
  } else {
    can(['read', 'create', 'update'], 'Location');
  }
};
