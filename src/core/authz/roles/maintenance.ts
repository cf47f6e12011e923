import type { RoleRules } from '../rule-builder';

/** MAINTENANCE: reads sites, locations and materials (spare parts). */
export const maintenanceRules: RoleRules = ({ can }) => {
  can('read', ['Site', 'Location', 'Material']);
};
