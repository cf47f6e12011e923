import type { RoleRules } from '../rule-builder';

/**
 * What a supplier portal shows of a material the supplier is a source of: what it makes and
 * labels (code, name, unit, GTIN, revision, type, device class, lot and serial control, shelf
 * life, status) and its own approved-supplier entries. Internal planning and numbering
 * (reorderPoint, lotNumberPattern) and custom fields are not listed, so they are null with
 * FORBIDDEN, as is any field added later until it is listed here.
 */
export const SUPPLIER_MATERIAL_FIELDS = [
  'id',
  'code',
  'name',
  'description',
  'type',
  'unit',
  'gtin',
  'revision',
  'deviceClass',
  'lotControlled',
  'serialControlled',
  'shelfLifeDays',
  'status',
  'approvedSuppliers',
  'version',
  'createdAt',
  'updatedAt',
];

/**
 * SUPPLIER: a supplier portal account. Reads only its own supplier record, its own
 * approved-supplier-list entries and the materials they name (the fields above), the purchase
 * orders addressed to it with their lines and the lots received against them, the lots it
 * supplied, their inspections and the nonconformances raised against it; without a
 * `supplierId` claim it reads nothing (but `me`).
 */
export const supplierRules: RoleRules = ({ can, principal }) => {
  if (!principal.supplierId) return;
  can('read', 'Supplier', { id: principal.supplierId });
  can('read', 'MaterialSupplier', { supplierId: principal.supplierId });
  can('read', 'Material', SUPPLIER_MATERIAL_FIELDS, { id: { $in: [...(principal.approvedMaterialIds ?? [])] } });
  can('read', 'Lot', { supplierId: principal.supplierId });
  can('read', ['Inspection', 'Nonconformance'], { supplierId: principal.supplierId });
  can('read', ['PurchaseOrder', 'PurchaseOrderLine'], { supplierId: principal.supplierId });
};
