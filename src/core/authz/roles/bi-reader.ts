import { MASTER_DATA, PERSONAL_DATA_FIELDS, PRICE_FIELDS, type RoleRules } from '../rule-builder';

/** BI_READER: reads records for reporting, with personal data, consignees and prices masked. */
export const biReaderRules: RoleRules = ({ can, cannot }) => {
  can('read', [
    ...MASTER_DATA,
    'Customer',
    'User',
    'Lot',
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
    'QualityAnalytics',
    'PurchaseOrder',
    'PurchaseOrderLine',
    'SalesOrder',
    'SalesOrderLine',
    'Shipment',
  ]);
  cannot('read', 'SalesOrder', [...PRICE_FIELDS.SalesOrder]);
  cannot('read', 'SalesOrderLine', [...PRICE_FIELDS.SalesOrderLine]);
  cannot('read', 'Shipment', ['consigneeName', 'consigneeAddress']);
  cannot('read', 'Supplier', [...PERSONAL_DATA_FIELDS.Supplier]);
  cannot('read', 'Customer', [...PERSONAL_DATA_FIELDS.Customer]);
  cannot('read', 'User', [...PERSONAL_DATA_FIELDS.User]);
  cannot('read', 'PurchaseOrder', [...PRICE_FIELDS.PurchaseOrder]);
  cannot('read', 'PurchaseOrderLine', [...PRICE_FIELDS.PurchaseOrderLine]);
};
