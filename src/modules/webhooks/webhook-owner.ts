import type { Principal } from '../../core/auth/principal';
import { defineAbilityFor } from '../../core/authz/ability';
import type { AppAbility } from '../../core/authz/rule-builder';
import type { WebhookEntity } from './webhook.entities';
import type { ProvisionedAccount } from '../users/user.lookups';

/**
 * Who a webhook delivers as: a provisioned owner's current roles and scopes (a deactivated one
 * gets nothing), otherwise the claims the registering token carried.
 */
export function ownerPrincipal(webhook: WebhookEntity, account?: ProvisionedAccount): Principal | null {
  if (account && account.status !== 'ACTIVE') return null;
  return {
    kind: 'user',
    id: webhook.ownerSubject,
    name: webhook.ownerName,
    roles: account?.roles ?? webhook.ownerRoles,
    supplierId: (account ? account.supplier_id : webhook.ownerSupplierId) ?? undefined,
    siteIds: account?.site_ids ?? webhook.ownerSiteIds,
  };
}

export function ownerAbility(webhook: WebhookEntity, account?: ProvisionedAccount): AppAbility | null {
  const principal = ownerPrincipal(webhook, account);
  return principal ? defineAbilityFor(principal) : null;
}
