/** Action names used in the role rules. `manage` means every action. */
export type Action =
  | 'manage' | 'read' | 'create' | 'update' | 'qualify' | 'approve' | 'deactivate'
  | 'receive' | 'test' | 'release' | 'reject' | 'hold' | 'dispose' | 'move' | 'adjust'
  | 'consume' | 'produce' | 'calibrate' | 'maintain' | 'inspect' | 'review' | 'disposition' | 'close';

/** CASL subject types; each equals the GraphQL type name it guards. */
export type SubjectType =
  | 'all'
  | 'Site'
  | 'Location'
  | 'Supplier'
  | 'Material'
  | 'MaterialSupplier'
  | 'Customer'
  | 'User'
  | 'AuditEntry'
  | 'Lot'
  | 'ElectronicSignature'
  | 'StockBalance'
  | 'StockMovement'
  | 'Bom'
  | 'WorkOrder'
  | 'Equipment'
  | 'CalibrationRecord'
  | 'MaintenanceOrder'
  | 'InspectionPlan'
  | 'Inspection'
  | 'Nonconformance'
  | 'Concession'
  | 'Capa'
  | 'CapaAction'
  | 'DeviceHistoryRecord'
  | 'QualityAnalytics'
  | 'Webhook'
  | 'PurchaseOrder'
  | 'PurchaseOrderLine'
  | 'SalesOrder'
  | 'Shipment';
