import type { PublishedEvent } from './domain-event';

/** An outbox row as the relay and the webhook dispatcher read it. */
export interface OutboxRow {
  id: string;
  tx_id: string;
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  request_id: string | null;
}

export const SELECT_EVENTS = `SELECT id::text, tx_id::text, event_type, aggregate_type, aggregate_id, payload, occurred_at, request_id FROM outbox_event`;

/**
 * Committed events after a position, in commit-safe order: only transactions older than every
 * running one. ORDER BY names the table's columns: bare `tx_id, id` would sort the text output
 * columns, putting 100 before 99 (out of order, and a page's last row no longer its highest).
 */
export const COMMITTED_AFTER = `${SELECT_EVENTS} WHERE (tx_id, id) > ($1::xid8, $2::bigint) AND tx_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY outbox_event.tx_id, outbox_event.id`;

export function toEvent(row: OutboxRow): PublishedEvent {
  return {
    id: row.id,
    txId: row.tx_id,
    type: row.event_type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    payload: row.payload,
    occurredAt: row.occurred_at,
    requestId: row.request_id,
  };
}
