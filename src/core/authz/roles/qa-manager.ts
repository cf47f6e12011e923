import { MASTER_DATA, type RoleRules } from '../rule-builder';

/**
 * QA_MANAGER: owns material and supplier quality. Qualifies suppliers, maintains the
 * approved-supplier list and materials, reads users (who signed what) and the audit trail.
 * Reviews, dispositions and closes nonconformances and runs CAPAs. Approves purchase orders of any amount.
 */
export const qaManagerRules: RoleRules = ({ can }) => {
  can('read', [...MASTER_DATA, 'Customer', 'User', 'AuditEntry']);
  can(['create', 'update'], ['Material', 'Supplier']);
  can('qualify', 'Supplier');
  can('approve', 'MaterialSupplier');
  can(['read', 'test', 'release', 'reject', 'hold', 'dispose'], 'Lot');
  can('read', 'ElectronicSignature');
  can('read', ['StockBalance', 'StockMovement', 'WorkOrder']);
  can(['read', 'create'], 'Bom');
  can('update', 'WorkOrder');
  can('read', ['Equipment', 'CalibrationRecord', 'MaintenanceOrder', 'Inspection', 'Nonconformance']);
  can(['read', 'create'], 'InspectionPlan');
  can('inspect', 'Inspection');
  can(['create', 'review', 'disposition', 'close'], 'Nonconformance');
  can('read', ['Concession', 'DeviceHistoryRecord', 'QualityAnalytics']);
  can(['read', 'create', 'update', 'approve', 'close'], 'Capa');
  can(['read', 'create', 'update', 'complete'], 'CapaAction');
  can('recall', 'Lot');
  can('read', ['SalesOrder', 'SalesOrderLine', 'Shipment', 'CustomerAddress']);
  can(['read', 'approve'], 'PurchaseOrder');
  can('read', 'PurchaseOrderLine');
};
