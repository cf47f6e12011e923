import { MASTER_DATA, type RoleRules } from '../rule-builder';

/** PRODUCTION: plans and runs work orders (consume, produce), moves stock; locations and stock limited to the token's `siteIds` when given. */
export const productionRules: RoleRules = ({ can, principal }) => {
  can(
    'read',
    MASTER_DATA.filter((s) => s !== 'Location'),
  );
  can('read', 'Lot');
  const sites = principal.siteIds.length > 0 ? { siteId: { $in: principal.siteIds } } : undefined;
  can(['read', 'move'], ['StockBalance', 'StockMovement'], sites);
  can('read', ['Bom', 'Equipment', 'MaintenanceOrder', 'DeviceHistoryRecord']);
  can(['read', 'create', 'update', 'consume', 'produce'], 'WorkOrder');
  if (principal.siteIds.length > 0) can('read', 'Location', { siteId: { $in: principal.siteIds } });
  else can('read', 'Location');
  // May own CAPA actions, and completes the ones it owns.
  can('complete', 'CapaAction', { ownerSubject: principal.id });
};
