import { MASTER_DATA, type RoleRules } from '../rule-builder';

/** INTEGRATION: a service account for MES/LIMS/WMS; reads master data and customers. */
export const integrationRules: RoleRules = ({ can }) => {
  can('read', [...MASTER_DATA, 'Customer']);
};
