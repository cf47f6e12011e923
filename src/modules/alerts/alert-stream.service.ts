import type { RequestContext } from '../../core/context';
import { canOn } from '../../core/authz/guard';
import { ALERT_RAISED, type AlertPayload } from '../../core/alerts/alert-event';
import type { AlertType } from '../../core/alerts/alert-type';
import type { EventMapping } from '../../core/events/event-subscription';
import { authorizedStream } from '../../core/events/authorized-stream';
import { allOf, oneOf, payloadText, readableAlerts } from '../../core/events/event-scope';
import type { PublishedEvent } from '../../core/events/domain-event';
import { unauthenticated } from '../../core/graphql/errors';
import type { AlertEvent } from './alert.types';

/** An alert reaches a reader only if they may read the record it is about, under its row rules. */
export function alertVisibleTo(ctx: RequestContext, event: PublishedEvent): boolean {
  const payload = event.payload as AlertPayload;
  return canOn(ctx, 'read', payload.subject, { ...payload.scope, id: event.aggregateId });
}

export function alertStream(ctx: RequestContext, types: AlertType[] | null | undefined, after?: string | null): AsyncIterableIterator<AlertEvent> {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  return authorizedStream(ctx, [ALERT_RAISED], alertFor(ctx, types), after, () => allOf(readableAlerts(ctx), oneOf('types', payloadText(['alertType']), types?.length ? types : null)));
}

/** One raised alert as the `alerts` subscription shows it to `ctx`'s reader, or null (not theirs, or not of `types`). */
export function alertFor(ctx: RequestContext, types?: AlertType[] | null): EventMapping<AlertEvent> {
  const wanted = types && types.length > 0 ? new Set(types) : null;
  return (event) => {
    const payload = event.payload as AlertPayload;
    if (wanted && !wanted.has(payload.alertType)) return null;
    if (!alertVisibleTo(ctx, event)) return null;
    return {
      eventId: event.id,
      type: payload.alertType,
      subjectType: payload.subject,
      subjectId: event.aggregateId,
      message: payload.message,
      details: payload.details ?? {},
      occurredAt: event.occurredAt,
    };
  };
}
