import type { RequestContext } from '../../core/context';
import { canOn } from '../../core/authz/guard';
import type { EventMapping } from '../../core/events/event-subscription';
import { authorizedStream } from '../../core/events/authorized-stream';
import { unauthenticated } from '../../core/graphql/errors';
import { allOf, oneOf, payloadText, readableSnapshots, type EventScope } from '../../core/events/event-scope';
import { ORDER_STATUS_CHANGED, ORDER_SUBJECT, type OrderStatusChangedPayload } from './order.events';
import type { OrderStatusChangedEvent, OrderStatusChangedFilter } from './order-subscription.types';

/** Order status changes for one subscriber: only orders of a kind, and rows, it may read. */
export function orderStatusChanges(ctx: RequestContext, filter: OrderStatusChangedFilter = {}, after?: string | null): AsyncIterableIterator<OrderStatusChangedEvent> {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  return authorizedStream(ctx, [ORDER_STATUS_CHANGED], orderStatusChangeFor(ctx, filter), after, () =>
    allOf(anyOrderKind(ctx), oneOf('orderKinds', payloadText(['orderKind']), filter.orderKinds), oneOf('orderIds', 'outbox_event.aggregate_id', filter.orderIds)),
  );
}

/** One committed event as this subscription shows it to `ctx`'s reader, or null (not theirs, or filtered out). */
export function orderStatusChangeFor(ctx: RequestContext, filter: OrderStatusChangedFilter = {}): EventMapping<OrderStatusChangedEvent> {
  return (event) => {
    const payload = event.payload as OrderStatusChangedPayload;
    if (filter.orderKinds && !filter.orderKinds.includes(payload.orderKind)) return null;
    if (filter.orderIds && !filter.orderIds.includes(event.aggregateId)) return null;
    if (!canOn(ctx, 'read', ORDER_SUBJECT[payload.orderKind], payload.record)) return null;
    return {
      eventId: event.id,
      orderKind: payload.orderKind,
      orderId: event.aggregateId,
      orderNumber: payload.orderNumber,
      previousStatus: payload.previousStatus,
      status: payload.status,
      reason: payload.reason,
      occurredAt: event.occurredAt,
    };
  };
}

/** Orders of each kind under the reader's rules for that kind. */
function anyOrderKind(ctx: RequestContext): EventScope {
  const kinds = Object.entries(ORDER_SUBJECT).map(([kind, subject]) => {
    const rows = readableSnapshots(ctx, subject);
    return { sql: `(${payloadText(['orderKind'])} = :order_kind_${kind} AND ${rows.sql})`, params: { ...rows.params, [`order_kind_${kind}`]: kind } };
  });
  return { sql: kinds.map((k) => k.sql).join(' OR '), params: Object.assign({}, ...kinds.map((k) => k.params)) };
}
