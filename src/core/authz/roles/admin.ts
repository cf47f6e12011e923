import type { RoleRules } from '../rule-builder';

/** ADMIN: everything, including users, sites and the audit trail. */
export const adminRules: RoleRules = ({ can }) => {
  can('manage', 'all');
};
