import { MASTER_DATA, type RoleRules } from '../rule-builder';

/**
 * WAREHOUSE: reads master data, lots and the purchase orders it receives against, maintains
 * storage locations, receives lots, moves and counts stock, and allocates and ships sales
 * orders. With `siteIds` in the token, locations, receipts and stock are limited to
 * those sites.
 */
export const warehouseRules: RoleRules = ({ can, principal }) => {
  can(
    'read',
    MASTER_DATA.filter((s) => s !== 'Location'),
  );
  const sites = principal.siteIds.length > 0 ? { siteId: { $in: principal.siteIds } } : undefined;
  can('read', 'Lot');
  can('read', ['SalesOrderLine', 'Shipment', 'CustomerAddress']);
  can(['read', 'allocate', 'ship'], 'SalesOrder');
  can('receive', 'Lot', sites);
  can('read', ['PurchaseOrder', 'PurchaseOrderLine']);
  can(['read', 'move', 'adjust'], ['StockBalance', 'StockMovement'], sites);
  if (principal.siteIds.length > 0) {
    can(['read', 'create', 'update'], 'Location', { siteId: { $in: principal.siteIds } });
  } else {
    can(['read', 'create', 'update'], 'Location');
  }
  // May own CAPA actions, and completes the ones it owns.
  can('complete', 'CapaAction', { ownerSubject: principal.id });
};
