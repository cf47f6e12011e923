import type { RoleRules } from '../rule-builder';

/** SALES: maintains customers and their addresses, takes and allocates sales orders; reads sites and materials to sell them. */
export const salesRules: RoleRules = ({ can, principal }) => {
  can('read', ['Site', 'Material', 'Customer', 'Lot', 'StockBalance', 'SalesOrderLine', 'Shipment']);
  can(['create', 'update'], 'Customer');
  can(['read', 'create'], 'CustomerAddress');
  can(['read', 'create', 'update', 'allocate'], 'SalesOrder');
  // May own CAPA actions, and completes the ones it owns.
  can('complete', 'CapaAction', { ownerSubject: principal.id });
};
