import type { EntityManager } from 'typeorm';
import { canonicalJson } from '../audit/canonical-json';
import type { DomainEvent } from './domain-event';
import { insertInSlices } from '../persistence/insert-in-slices';

/**
 * Records events in the outbox in the caller's transaction: they exist iff it commits. They are
 * appended last, stamped with the clock then (not the transaction's start), close to the commit.
 */
export async function appendOutboxEvents(manager: EntityManager, requestId: string, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await insertInSlices(
    manager,
    'INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload, occurred_at, request_id)',
    events.map((e) => [e.type, e.aggregateType, e.aggregateId, canonicalJson(e.payload), requestId]),
    ([type, aggregateType, aggregateId, payload, request]) => `(${type}, ${aggregateType}, ${aggregateId}, ${payload}::jsonb, clock_timestamp(), ${request})`,
  );
}
