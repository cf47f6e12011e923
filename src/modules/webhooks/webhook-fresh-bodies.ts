import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { projectEventFor, type ProjectedEvent } from '../../core/events/event-projection';
import { SELECT_EVENTS, toEvent, type OutboxRow } from '../../core/events/outbox-rows';
import { WebhookEntity } from './webhook.entities';
import { loadOwnerAccounts, ownerAbility } from './webhook-owner';

/**
 * For each claimed delivery, its body as the webhook's owner may read the event now, or why
 * nothing is sent: a retry hours later must not carry what the owner has since lost the right to
 * read. Three statements for the whole batch.
 */
export type FreshBody = { body: ProjectedEvent } | { refusal: string };

export const OWNER_DEACTIVATED = 'owner deactivated';
export const EVENT_GONE = 'the event is no longer in the outbox';

export async function freshBodies(manager: EntityManager, deliveries: { id: string; webhook_id: string; event_id: string }[]): Promise<Map<string, FreshBody>> {
  if (deliveries.length === 0) return new Map();
  const webhooks = await manager.findBy(WebhookEntity, { id: anyOf(deliveries.map((d) => d.webhook_id)) });
  const accounts = await loadOwnerAccounts(manager, webhooks.map((w) => w.ownerSubject));
  const rows: OutboxRow[] = await manager.query(`${SELECT_EVENTS} WHERE id = ANY($1::bigint[])`, [[...new Set(deliveries.map((d) => d.event_id))]]);
  const events = new Map(rows.map((r) => [r.id, toEvent(r)]));
  const abilities = new Map(webhooks.map((w) => [w.id, ownerAbility(w, accounts.get(w.ownerSubject))]));
  return new Map(deliveries.map((d): [string, FreshBody] => {
    const ability = abilities.get(d.webhook_id);
    if (!ability) return [d.id, { refusal: OWNER_DEACTIVATED }];
    const event = events.get(d.event_id);
    if (!event) return [d.id, { refusal: EVENT_GONE }];
    const body = projectEventFor(ability, event);
    return [d.id, body ? { body } : { refusal: 'the owner may no longer read this event' }];
  }));
}

function anyOf(ids: string[]) {
  return In([...new Set(ids)]);
}
