import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Platform } from '../../core/platform';
import { SELECT_EVENTS, toEvent, type OutboxRow } from '../../core/events/outbox-rows';
import { WebhookEntity } from './webhook.entities';
import { WebhookBodies, WebhookBodyFault, type WebhookBody } from './webhook-body';
import { ownerPrincipal } from './webhook-owner';
import { provisionedAccounts } from '../users/user.lookups';

/**
 * For each claimed delivery, its body as the webhook's owner may read the event now, or why
 * nothing is sent: a retry hours later must not carry what the owner has since lost the right to
 * read. A `fault` (the body could not be built) is retried later; a `refusal` is final.
 */
export type FreshBody = { body: WebhookBody } | { refusal: string } | { fault: string };

export const OWNER_DEACTIVATED = 'owner deactivated';
export const EVENT_GONE = 'the event is no longer in the outbox';

export async function freshBodies(platform: Platform, manager: EntityManager, deliveries: { id: string; webhook_id: string; event_id: string }[]): Promise<Map<string, FreshBody>> {
  if (deliveries.length === 0) return new Map();
  const webhooks = await manager.findBy(WebhookEntity, { id: In([...new Set(deliveries.map((d) => d.webhook_id))]) });
  const accounts = await provisionedAccounts(
    manager,
    webhooks.map((w) => w.ownerSubject),
  );
  const rows: OutboxRow[] = await manager.query(`${SELECT_EVENTS} WHERE id = ANY($1::bigint[])`, [[...new Set(deliveries.map((d) => d.event_id))]]);
  const events = new Map(rows.map((r) => [r.id, toEvent(r)]));
  const owners = new Map(webhooks.map((w) => [w.id, ownerPrincipal(w, accounts.get(w.ownerSubject))]));
  const bodies = new WebhookBodies(platform, manager);
  const fresh = new Map<string, FreshBody>();
  for (const d of deliveries) {
    const owner = owners.get(d.webhook_id);
    const event = events.get(d.event_id);
    if (!owner) fresh.set(d.id, { refusal: OWNER_DEACTIVATED });
    else if (!event) fresh.set(d.id, { refusal: EVENT_GONE });
    else
      fresh.set(
        d.id,
        await bodies.render(owner, event).then(
          (body) => (body ? { body } : { refusal: 'the owner may no longer read this event' }),
          (err: unknown) => {
            if (err instanceof WebhookBodyFault) return { fault: err.message };
            throw err;
          },
        ),
      );
  }
  return fresh;
}
