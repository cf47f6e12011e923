import { subject as asSubject } from '@casl/ability';
import type { AppAbility } from '../authz/rule-builder';
import type { SubjectType } from '../authz/subjects';
import type { AlertPayload } from '../alerts/alert-event';
import { ALERT_RAISED } from '../alerts/alert-event';
import type { PublishedEvent } from './domain-event';

/** An event as a partner system receives it. */
export interface ProjectedEvent {
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

/**
 * What of `event` a reader with `ability` may see, or null: the reader must be allowed to read
 * the record (its snapshot's row fields decide, as in subscriptions), and the snapshot loses
 * every field the reader's field rules hide (prices, personal data).
 */
export function projectEventFor(ability: AppAbility, event: PublishedEvent): ProjectedEvent | null {
  const base = { id: event.id, type: event.type, aggregateType: event.aggregateType, aggregateId: event.aggregateId, occurredAt: new Date(event.occurredAt).toISOString() };
  if (event.type === ALERT_RAISED) {
    const alert = event.payload as AlertPayload;
    if (!ability.can('read', asSubject(alert.subject, { ...alert.scope, id: event.aggregateId }) as never)) return null;
    return { ...base, data: { alertType: alert.alertType, message: alert.message, details: alert.details } };
  }
  const type = event.aggregateType as SubjectType;
  const record = (event.payload.record ?? { id: event.aggregateId }) as Record<string, unknown>;
  const checked = asSubject(type, { ...record });
  if (!ability.can('read', checked as never)) return null;
  const visible = Object.fromEntries(Object.entries(record).filter(([field]) => ability.can('read', checked as never, field)));
  return { ...base, data: { ...event.payload, ...(event.payload.record ? { record: visible } : {}) } };
}
