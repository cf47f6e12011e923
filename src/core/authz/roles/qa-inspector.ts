import { MASTER_DATA, type RoleRules } from '../rule-builder';

/** QA_INSPECTOR: reads master data to inspect against it; changes none of it. */
export const qaInspectorRules: RoleRules = ({ can }) => {
  can('read', MASTER_DATA);
};
