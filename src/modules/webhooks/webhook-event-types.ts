import { registerEnumType } from 'type-graphql';

/**
 * Outbox event types a webhook may subscribe to. GraphQL names them in SCREAMING_CASE; their
 * values are the outbox's names, which is what the webhook table stores.
 */
export enum WebhookEventType {
  ALERT_RAISED = 'AlertRaised',
  CAPA_ACTION_CHANGED = 'CapaActionChanged',
  CAPA_STATUS_CHANGED = 'CapaStatusChanged',
  CUSTOMER_CHANGED = 'CustomerChanged',
  EQUIPMENT_STATUS_CHANGED = 'EquipmentStatusChanged',
  INSPECTION_COMPLETED = 'InspectionCompleted',
  LOCATION_CHANGED = 'LocationChanged',
  LOT_STATUS_CHANGED = 'LotStatusChanged',
  MAINTENANCE_ORDER_CHANGED = 'MaintenanceOrderChanged',
  MATERIAL_CHANGED = 'MaterialChanged',
  MATERIAL_SUPPLIER_CHANGED = 'MaterialSupplierChanged',
  NONCONFORMANCE_OPENED = 'NonconformanceOpened',
  NONCONFORMANCE_STATUS_CHANGED = 'NonconformanceStatusChanged',
  ORDER_STATUS_CHANGED = 'OrderStatusChanged',
  SITE_CHANGED = 'SiteChanged',
  STOCK_MOVED = 'StockMoved',
  SUPPLIER_CHANGED = 'SupplierChanged',
  SUPPLIER_QUALIFICATION_CHANGED = 'SupplierQualificationChanged',
}

export const WEBHOOK_EVENT_TYPES: readonly string[] = Object.values(WebhookEventType);

/** The enum name of an outbox event type (LotStatusChanged -> LOT_STATUS_CHANGED). */
export function webhookEventTypeName(outboxType: string): string {
  return outboxType.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The outbox type an old client's free-string name stands for (either spelling), or undefined. */
export function parseWebhookEventType(name: string): WebhookEventType | undefined {
  const byValue = WEBHOOK_EVENT_TYPES.find((t) => t === name);
  if (byValue) return byValue as WebhookEventType;
  return (WebhookEventType as Record<string, WebhookEventType | undefined>)[name];
}

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'An event a webhook may receive. A delivery body is `{ data: { <field>: event }, extensions: { eventId, eventType, occurredAt } }`; ' +
    "`webhookEventTypes` names each type's `<field>`: the subscription that carries it, whose GraphQL type the event has.",
  valuesConfig: Object.fromEntries(Object.entries(WebhookEventType).map(([name, value]) => [name, { description: `The outbox event \`${value}\`.` }])),
});

/** The key of `data` in a body of an event type that no subscription carries: its name, camelCase (customerChanged). */
export function snapshotFieldName(outboxType: string): string {
  return outboxType.charAt(0).toLowerCase() + outboxType.slice(1);
}
