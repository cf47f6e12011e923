import type { PublishedEvent } from './domain-event';

/** An outbox row as the relay and the webhook dispatcher read it. */
export interface OutboxRow {
  id: string;
  seq: string;
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  request_id: string | null;
}

export const SELECT_EVENTS = `SELECT id::text, seq::text, event_type, aggregate_type, aggregate_id, payload, occurred_at, request_id FROM outbox_event`;

/**
 * Numbered events after a position, in delivery order. ORDER BY names the table's column: bare
 * `seq` would sort the text output column, putting 100 before 99.
 */
export const SEQUENCED_AFTER = `${SELECT_EVENTS} WHERE seq > $1::bigint ORDER BY outbox_event.seq`;

export function toEvent(row: OutboxRow): PublishedEvent {
  return {
    id: row.id,
    seq: row.seq,
    type: row.event_type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    payload: row.payload,
    occurredAt: row.occurred_at,
    requestId: row.request_id,
  };
}
