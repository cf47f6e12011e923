import type { RoleRules } from '../rule-builder';

/** AUDITOR: reads everything, including the audit trail; writes nothing. */
export const auditorRules: RoleRules = ({ can }) => {
  can('read', 'all');
};
