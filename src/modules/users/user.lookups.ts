import type { EntityManager } from 'typeorm';
import type { Role } from '../../core/authz/role';

/** An account as provisioned in Lotgraph now: for other modules (a webhook delivers as its owner's current account). */
export interface ProvisionedAccount {
  subject: string;
  status: string;
  roles: Role[];
  supplier_id: string | null;
  site_ids: string[];
}

/** The provisioned accounts among `subjects`, by subject (an unprovisioned subject is absent). */
export async function provisionedAccounts(manager: EntityManager, subjects: readonly string[]): Promise<Map<string, ProvisionedAccount>> {
  if (subjects.length === 0) return new Map();
  const accounts: ProvisionedAccount[] = await manager.query('SELECT subject, status, roles, supplier_id, site_ids FROM app_user WHERE subject = ANY($1)', [[...new Set(subjects)]]);
  return new Map(accounts.map((a) => [a.subject, a]));
}
