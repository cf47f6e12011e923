import { MASTER_DATA, type RoleRules } from '../rule-builder';

/**
 * PURCHASING: maintains supplier master data, but never their qualification (that is QA's);
 * places, approves (within PURCHASE_APPROVAL_LIMIT, never their own), sends, cancels and closes purchase orders.
 */
export const purchasingRules: RoleRules = ({ can, principal }) => {
  can('read', MASTER_DATA);
  can('read', ['Lot', 'StockBalance', 'StockMovement', 'Bom', 'WorkOrder']);
  can(['create', 'update'], 'Supplier');
  can(['read', 'create', 'update', 'approve', 'close'], 'PurchaseOrder');
  can('read', 'PurchaseOrderLine');
  // May own CAPA actions, and completes the ones it owns.
  can('complete', 'CapaAction', { ownerSubject: principal.id });
};
