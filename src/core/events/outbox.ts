import type { EntityManager } from 'typeorm';
import { canonicalJson } from '../audit/canonical-json';
import type { DomainEvent } from './domain-event';

/**
 * Records events in the outbox in the caller's transaction: they exist iff it commits. They are
 * appended last, stamped with the clock then (not the transaction's start), close to the commit.
 */
export async function appendOutboxEvents(manager: EntityManager, requestId: string, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = events.map((e, i) => {
    values.push(e.type, e.aggregateType, e.aggregateId, canonicalJson(e.payload), requestId);
    const b = i * 5;
    return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}::jsonb, clock_timestamp(), $${b + 5})`;
  });
  await manager.query(
    `INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload, occurred_at, request_id) VALUES ${rows.join(', ')}`,
    values,
  );
}
