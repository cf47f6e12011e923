import type { EntityManager } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import type { Role } from '../../core/authz/role';
import { defineAbilityFor } from '../../core/authz/ability';
import type { AppAbility } from '../../core/authz/rule-builder';
import type { WebhookEntity } from './webhook.entities';

/** The owner's account as provisioned in Lotgraph now, when it is. */
export interface OwnerAccount {
  subject: string;
  status: string;
  roles: Role[];
  supplier_id: string | null;
  site_ids: string[];
}

/** The provisioned accounts among `subjects`, by subject (an unprovisioned owner is absent). */
export async function loadOwnerAccounts(manager: EntityManager, subjects: string[]): Promise<Map<string, OwnerAccount>> {
  if (subjects.length === 0) return new Map();
  const accounts: OwnerAccount[] = await manager.query('SELECT subject, status, roles, supplier_id, site_ids FROM app_user WHERE subject = ANY($1)', [[...new Set(subjects)]]);
  return new Map(accounts.map((a) => [a.subject, a]));
}

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
