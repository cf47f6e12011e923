import type { EntityManager } from 'typeorm';
import { projectEventFor, type ProjectedEvent } from '../../core/events/event-projection';
import { SELECT_EVENTS, toEvent, type OutboxRow } from '../../core/events/outbox-rows';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import type { WebhookEntity } from './webhook.entities';
import { loadOwnerAccounts, ownerAbility } from './webhook-owner';

/**
 * The body of `eventId` for `webhook` as its owner may read it now, cut again from the outbox
 * event: a stored body shows what the owner could read when the event came, which a redelivery
 * must not resend to an owner since deactivated or stripped of the rights to it.
 */
export async function currentDeliveryBody(manager: EntityManager, webhook: WebhookEntity, eventId: string, field: string[]): Promise<ProjectedEvent> {
  const accounts = await loadOwnerAccounts(manager, [webhook.ownerSubject]);
  const ability = ownerAbility(webhook, accounts.get(webhook.ownerSubject));
  if (!ability) fail(ErrorCode.FORBIDDEN, `The webhook's owner ${webhook.ownerName} is deactivated; nothing more is delivered for them`, field);
  const [row]: OutboxRow[] = await manager.query(`${SELECT_EVENTS} WHERE id = $1`, [eventId]);
  if (!row) fail(ErrorCode.NOT_FOUND, `No event ${eventId} in the outbox`, field);
  const body = projectEventFor(ability, toEvent(row));
  if (!body) fail(ErrorCode.FORBIDDEN, `The webhook's owner ${webhook.ownerName} may no longer read this event`, field);
  return body;
}
