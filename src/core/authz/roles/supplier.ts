import type { RoleRules } from '../rule-builder';

/**
 * SUPPLIER: a supplier portal account. Reads only its own supplier record, its own
 * approved-supplier-list entries, its purchase orders, the lots it supplied, their inspections and the
 * nonconformances raised against it; without a `supplierId` claim it reads nothing.
 */
export const supplierRules: RoleRules = ({ can, principal }) => {
  if (!principal.supplierId) return;
  can('read', 'Supplier', { id: principal.supplierId });
  can('read', 'MaterialSupplier', { supplierId: principal.supplierId });
  can('read', 'Lot', { supplierId: principal.supplierId });
  can('read', ['Inspection', 'Nonconformance'], { supplierId: principal.supplierId });
  can('read', ['PurchaseOrder', 'PurchaseOrderLine'], { supplierId: principal.supplierId });
};
