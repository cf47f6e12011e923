import { ROLES, type Role } from '../core/authz/role';

/** The subject and printed name `npm run token -- --role ROLE` uses by default for a role. */
export function demoIdentity(role: Role): { sub: string; name: string } {
  return { sub: `demo-${role.toLowerCase().replace(/_/g, '-')}`, name: `Demo ${role.toLowerCase().replace(/_/g, ' ')}` };
}

export const DEMO_ROLES: readonly Role[] = ROLES;
