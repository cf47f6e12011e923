import type { DataSource } from 'typeorm';
import { WEBHOOKS_DONE_WITH } from '../webhooks/webhook.lookups';

const BATCH = 5000;

/**
 * Deletes outbox events older than `cutoff`, in short batches (each its own statement, so no
 * long transaction holds back the relays). An event stays while a webhook delivery refers to it
 * or the webhook dispatcher has not passed it. Subscriptions cannot resume from a deleted event
 * (`after` answers that it is unknown); the audit trail, not the outbox, is the record.
 */
export async function pruneOutbox(dataSource: DataSource, cutoff: Date): Promise<number> {
  let pruned = 0;
  for (;;) {
    const [, deleted] = (await dataSource.query(
      `DELETE FROM outbox_event WHERE id IN (
         SELECT o.id FROM outbox_event o
         WHERE o.occurred_at < $1 AND ${WEBHOOKS_DONE_WITH('o')}
         ORDER BY o.id LIMIT ${BATCH})`,
      [cutoff],
    )) as [unknown, number];
    pruned += deleted;
    if (deleted < BATCH) return pruned;
  }
}
