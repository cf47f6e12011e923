/** Action names used in the role rules. `manage` means every action. */
export type Action =
  | 'manage'
  | 'read'
  | 'create'
  | 'update'
  | 'qualify'
  | 'approve'
  | 'deactivate'
  | 'receive'
  | 'test'
  | 'release'
  | 'reject'
  | 'hold'
  | 'dispose'
  | 'move'
  | 'adjust'
  | 'consume'
  | 'produce'
  | 'calibrate'
  | 'maintain'
  | 'inspect'
  | 'review'
  | 'disposition'
  | 'close'
  | 'allocate'
  | 'ship'
  | 'recall'
  | 'complete'
  | 'delete';

/** CASL subject types; each (but `all`) equals the GraphQL type name it guards. */
export const SUBJECT_TYPES = [
  'Site',
  'Location',
  'Supplier',
  'Material',
  'MaterialSupplier',
  'Customer',
  'User',
  'AuditEntry',
  'Lot',
  'ElectronicSignature',
  'StockBalance',
  'StockMovement',
  'Bom',
  'WorkOrder',
  'Equipment',
  'CalibrationRecord',
  'MaintenanceOrder',
  'InspectionPlan',
  'Inspection',
  'Nonconformance',
  'Concession',
  'Capa',
  'CapaAction',
  'DeviceHistoryRecord',
  'QualityAnalytics',
  'Webhook',
  'PurchaseOrder',
  'PurchaseOrderLine',
  'SalesOrder',
  'SalesOrderLine',
  'CustomerAddress',
  'Shipment',
] as const;

export type SubjectType = 'all' | (typeof SUBJECT_TYPES)[number];

const SUBJECTS: ReadonlySet<string> = new Set(SUBJECT_TYPES);

export function isSubjectType(name: string): name is SubjectType {
  return SUBJECTS.has(name);
}
