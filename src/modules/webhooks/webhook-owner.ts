import type { EntityManager } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { defineAbilityFor } from '../../core/authz/ability';
import type { AppAbility } from '../../core/authz/rule-builder';
import type { WebhookEntity } from './webhook.entities';
import { provisionedAccounts, type ProvisionedAccount } from '../users/user.lookups';

/** The owner's account as provisioned in Lotgraph now, when it is. */
export type OwnerAccount = ProvisionedAccount;

/** The provisioned accounts among `subjects`, by subject (an unprovisioned owner is absent). */
export const loadOwnerAccounts: (manager: EntityManager, subjects: string[]) => Promise<Map<string, OwnerAccount>> = provisionedAccounts;

/**
 * Who a webhook delivers as: a provisioned owner's current roles and scopes (a deactivated one
 * gets nothing), otherwise the claims the registering token carried.
 */
export function ownerPrincipal(webhook: WebhookEntity, account?: OwnerAccount): Principal | null {
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

export function ownerAbility(webhook: WebhookEntity, account?: OwnerAccount): AppAbility | null {
  const principal = ownerPrincipal(webhook, account);
  return principal ? defineAbilityFor(principal) : null;
}
