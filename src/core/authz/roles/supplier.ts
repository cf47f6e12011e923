import type { RoleRules } from '../rule-builder';

/**
 * SUPPLIER: a supplier portal account. Reads only its own supplier record and its own
 * approved-supplier-list entries; without a `supplierId` claim it reads nothing.
 */
export const supplierRules: RoleRules = ({ can, principal }) => {
  if (!principal.supplierId) return;
  can('read', 'Supplier', { id: principal.supplierId });
  can('read', 'MaterialSupplier', { supplierId: principal.supplierId });
  can('read', 'Lot', { supplierId: principal.supplierId });
};
