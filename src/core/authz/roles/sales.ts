import type { RoleRules } from '../rule-builder';

/** SALES: maintains customers; reads sites and materials to sell them. */
export const salesRules: RoleRules = ({ can }) => {
  can('read', ['Site', 'Material', 'Customer', 'Lot', 'StockBalance']);
  can(['create', 'update'], 'Customer');
};
