import type { DomainEvent } from '../../core/events/domain-event';
import type { SubjectType } from '../../core/authz/subjects';
import { OrderKind } from './order.enums';

export const ORDER_STATUS_CHANGED = 'OrderStatusChanged';

/** The record type a reader must be allowed to read for each kind of order. */
export const ORDER_SUBJECT: Record<OrderKind, SubjectType> = { [OrderKind.PURCHASE]: 'PurchaseOrder', [OrderKind.SALES]: 'SalesOrder' };

export interface OrderStatusChangedPayload extends Record<string, unknown> {
  orderKind: OrderKind;
  orderNumber: string;
  previousStatus: string | null;
  status: string;
  reason: string | null;
  /** The order as committed (without lines), for the reader's row and field rules. */
  record: Record<string, unknown>;
}

/** Purchase and sales orders publish their status changes as one event type (orderStatusChanged). */
export function orderStatusChangedEvent(
  orderKind: OrderKind,
  order: { id: string; orderNumber: string; status: string },
  previousStatus: string | null,
  reason: string | null,
): DomainEvent<OrderStatusChangedPayload> {
  return {
    type: ORDER_STATUS_CHANGED,
    aggregateType: ORDER_SUBJECT[orderKind],
    aggregateId: order.id,
    payload: { orderKind, orderNumber: order.orderNumber, previousStatus, status: order.status, reason, record: { ...order } },
  };
}
