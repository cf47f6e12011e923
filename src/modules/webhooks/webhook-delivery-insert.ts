import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RETRY_WINDOW_MS } from './webhook-backoff';

/** One delivery to create: an event for a webhook, with the body its owner may read. */
export interface NewDelivery {
  webhookId: string;
  eventId: string;
  eventType: string;
  body: object;
}

/**
 * Rows per statement. The columns travel as five arrays (five bind parameters whatever the row
 * count), so this only bounds the size of one message and of one statement's work.
 */
const ROWS_PER_STATEMENT = 1000;

/**
 * Creates the deliveries in as few statements as possible, PENDING and due now, each with its
 * 24-hour retry window; a delivery that exists already (same webhook and event) is kept as it is.
 * Rows are numbered (`seq`) in the order given, the outbox's: each webhook's are sent in that order.
 */
export async function insertDeliveries(manager: EntityManager, deliveries: NewDelivery[]): Promise<void> {
  for (let start = 0; start < deliveries.length; start += ROWS_PER_STATEMENT) {
    const chunk = deliveries.slice(start, start + ROWS_PER_STATEMENT);
    await manager.query(
      `INSERT INTO webhook_delivery (id, webhook_id, event_id, event_type, body, status, next_attempt_at, give_up_at)
       SELECT d.id, d.webhook_id, d.event_id, d.event_type, d.body::jsonb, 'PENDING', now(), now() + ($6 || ' milliseconds')::interval
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[]) WITH ORDINALITY AS d (id, webhook_id, event_id, event_type, body, ord)
       ORDER BY d.ord
       ON CONFLICT (webhook_id, event_id) DO NOTHING`,
      [
        chunk.map(() => `whd_${randomUUID().replace(/-/g, '')}`),
        chunk.map((d) => d.webhookId),
        chunk.map((d) => d.eventId),
        chunk.map((d) => d.eventType),
        chunk.map((d) => JSON.stringify(d.body)),
        String(RETRY_WINDOW_MS),
      ],
    );
  }
}
