import type { Platform } from '../../core/platform';
import { SEQUENCED_AFTER, toEvent, type OutboxRow } from '../../core/events/outbox-rows';
import { WebhookEntity } from './webhook.entities';
import { WebhookStatus } from './webhook.types';
import { ownerPrincipal } from './webhook-owner';
import { provisionedAccounts } from '../users/user.lookups';
import { WebhookBodies, WebhookBodyFault, type WebhookBody } from './webhook-body';
import { webhookEventTypeName } from './webhook-event-types';
import { insertDeliveries, type NewDelivery } from './webhook-delivery-insert';

const BATCH = 500;

/**
 * Turns committed outbox events into deliveries, one per event and interested webhook, each
 * body already cut to what the webhook's owner may read now (a deactivated owner's get nothing). One process at a time holds the
 * cursor (the others skip); the cursor and the deliveries commit together, so none is lost or
 * doubled. It reads the events the relay has numbered (its wake-up comes from the relay), in
 * delivery order. Returns how many events it read (0: caught up, or another process holds the cursor).
 */
export async function dispatchWebhookDeliveries(platform: Platform): Promise<number> {
  return platform.dataSource.transaction(async (manager) => {
    const [cursor]: { seq: string }[] = await manager.query('SELECT seq::text FROM webhook_dispatch_cursor WHERE id = 1 FOR UPDATE SKIP LOCKED');
    if (!cursor) return 0;
    const rows: OutboxRow[] = await manager.query(`${SEQUENCED_AFTER} LIMIT ${BATCH}`, [cursor.seq]);
    if (rows.length === 0) return 0;
    const webhooks = await manager.findBy(WebhookEntity, { status: WebhookStatus.ACTIVE });
    const accounts = await provisionedAccounts(
      manager,
      webhooks.map((w) => w.ownerSubject),
    );
    const owners = new Map(webhooks.map((w) => [w.id, ownerPrincipal(w, accounts.get(w.ownerSubject))]));
    const deliveries: NewDelivery[] = [];
    // Read outside this transaction: a failing read must not abort the batch for every webhook.
    const bodies = new WebhookBodies(platform);
    for (const row of rows) {
      const event = toEvent(row);
      for (const webhook of webhooks) {
        const owner = owners.get(webhook.id);
        if (!owner || !(webhook.eventTypes as readonly string[]).includes(event.type) || new Date(event.occurredAt) < webhook.createdAt) continue;
        const body = await bodies.render(owner, event).catch((err: unknown): WebhookBody => {
          if (!(err instanceof WebhookBodyFault)) throw err;
          platform.log.warn({ err, webhook: webhook.id, event: event.id }, 'webhook body not built; the sender builds it again');
          return { data: null, extensions: { eventId: event.id, eventType: webhookEventTypeName(event.type), occurredAt: new Date(event.occurredAt).toISOString() } };
        });
        if (body) deliveries.push({ webhookId: webhook.id, eventId: event.id, eventType: event.type, body });
      }
    }
    await insertDeliveries(manager, deliveries);
    const last = rows[rows.length - 1];
    await manager.query('UPDATE webhook_dispatch_cursor SET seq = $1, event_id = $2, tx_id = (SELECT tx_id FROM outbox_event WHERE id = $2) WHERE id = 1', [last.seq, last.id]);
    return rows.length;
  });
}
