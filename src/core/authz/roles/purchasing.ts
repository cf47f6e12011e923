import { MASTER_DATA, type RoleRules } from '../rule-builder';

/** PURCHASING: maintains supplier master data, but never their qualification (that is QA's). */
export const purchasingRules: RoleRules = ({ can }) => {
  can('read', MASTER_DATA);
  can('read', ['Lot', 'StockBalance', 'StockMovement', 'Bom', 'WorkOrder']);
  can(['create', 'update'], 'Supplier');
};
