import type { DomainEvent } from '../../core/events/domain-event';
import type { MaintenanceOrderStatus } from './equipment.enums';
import type { MaintenanceOrderEntity } from './maintenance-order.entity';

export const MAINTENANCE_ORDER_CHANGED = 'MaintenanceOrderChanged';

export interface MaintenanceOrderChangedPayload extends Record<string, unknown> {
  /** Null when the order was created (opened, or recorded DONE after the fact). */
  previousStatus: MaintenanceOrderStatus | null;
  status: MaintenanceOrderStatus;
  reason: string | null;
  record: Record<string, unknown>;
}

/** Every change of a maintenance order: CMMS and planning systems follow it. */
export function maintenanceOrderChangedEvent(previousStatus: MaintenanceOrderStatus | null, order: MaintenanceOrderEntity, reason: string | null): DomainEvent<MaintenanceOrderChangedPayload> {
  return {
    type: MAINTENANCE_ORDER_CHANGED,
    aggregateType: 'MaintenanceOrder',
    aggregateId: order.id,
    payload: { previousStatus, status: order.status, reason, record: { ...order } },
  };
}
