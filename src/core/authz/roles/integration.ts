import { MASTER_DATA, type RoleRules } from '../rule-builder';

/** INTEGRATION: a service account for MES/LIMS/WMS; reads master data, customers and lots, receives lots, and
 * manages its own webhooks. */
export const integrationRules: RoleRules = ({ can, principal }) => {
  can('read', [...MASTER_DATA, 'Customer', 'Lot']);
  can('receive', 'Lot');
  can(['read', 'move'], ['StockBalance', 'StockMovement']);
  can(['read', 'consume', 'produce'], 'WorkOrder');
  can('read', ['Bom', 'Equipment', 'CalibrationRecord', 'InspectionPlan', 'Inspection']);
  can('inspect', 'Inspection');
  can(['read', 'create', 'update', 'delete'], 'Webhook', { ownerSubject: principal.id });
};
