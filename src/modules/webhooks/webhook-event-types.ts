/** Outbox event types a webhook may subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  'AlertRaised', 'CapaActionChanged', 'CapaStatusChanged', 'CustomerChanged', 'EquipmentStatusChanged', 'InspectionCompleted', 'LocationChanged', 'LotStatusChanged',
  'MaintenanceOrderChanged', 'MaterialChanged', 'MaterialSupplierChanged', 'NonconformanceOpened', 'NonconformanceStatusChanged', 'OrderStatusChanged', 'SiteChanged', 'StockMoved',
  'SupplierChanged', 'SupplierQualificationChanged',
] as const;
