import type { DomainEvent } from '../events/domain-event';
import type { SubjectType } from '../authz/subjects';
import type { AlertType } from './alert-type';

export const ALERT_RAISED = 'AlertRaised';

/** What an AlertRaised outbox event carries. */
export interface AlertPayload extends Record<string, unknown> {
  alertType: AlertType;
  message: string;
  /** The record type a reader must be allowed to read to receive the alert. */
  subject: SubjectType;
  /** The record's fields its row-level rules look at (site, supplier), for the read check. */
  scope: Record<string, unknown>;
  details: Record<string, unknown>;
}

export interface Alert {
  type: AlertType;
  subject: SubjectType;
  subjectId: string;
  message: string;
  scope?: Record<string, unknown>;
  details?: Record<string, unknown>;
}

/** An alert as an outbox event, published in the transaction that raised it. */
export function alertEvent(alert: Alert): DomainEvent<AlertPayload> {
  return {
    type: ALERT_RAISED,
    aggregateType: alert.subject,
    aggregateId: alert.subjectId,
    payload: { alertType: alert.type, message: alert.message, subject: alert.subject, scope: alert.scope ?? {}, details: alert.details ?? {} },
  };
}
