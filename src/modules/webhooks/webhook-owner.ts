import type { Principal } from '../../core/auth/principal';
import { defineAbilityFor } from '../../core/authz/ability';
import type { AppAbility } from '../../core/authz/rule-builder';
import type { WebhookEntity } from './webhook.entities';

/** The registering caller's claims, kept with the webhook: deliveries carry only what they may read. */
export function ownerPrincipal(webhook: WebhookEntity): Principal {
  return {
    kind: 'user', id: webhook.ownerSubject, name: webhook.ownerName, roles: webhook.ownerRoles,
    supplierId: webhook.ownerSupplierId ?? undefined, siteIds: webhook.ownerSiteIds,
  };
}

export function ownerAbility(webhook: WebhookEntity): AppAbility {
  return defineAbilityFor(ownerPrincipal(webhook));
}
