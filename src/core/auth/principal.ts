import type { Role } from '../authz/role';

/** Who is calling: an anonymous caller, a user identified by a verified JWT, or the system. */
export interface Principal {
  kind: 'anonymous' | 'user' | 'system';
  /** JWT `sub`; `anonymous` or `system` otherwise. */
  id: string;
  /** Printed name, as recorded in audit entries and signatures. */
  name: string;
  roles: Role[];
  /** For SUPPLIER accounts: the supplier whose records they may read. */
  supplierId?: string;
  /**
   * For SUPPLIER accounts: the materials the supplier is a source of on the approved-supplier list
   * (entries not REVOKED), read when the request or WebSocket connection is authenticated.
   * Absent: none (the supplier rules then show no material).
   */
  approvedMaterialIds?: readonly string[];
  /** Sites whose stock and locations the caller works with; empty means no site restriction. */
  siteIds: string[];
  /** Token expiry (epoch seconds); long-lived subscriptions end when it passes. */
  expiresAt?: number;
}

/** Adds to a verified principal what its rules need from the database (a SUPPLIER's approved materials). */
export type PrincipalScope = (principal: Principal) => Promise<Principal>;

export const ANONYMOUS: Principal = Object.freeze({
  kind: 'anonymous',
  id: 'anonymous',
  name: 'Anonymous',
  roles: [],
  siteIds: [],
}) as Principal;

export const SYSTEM: Principal = Object.freeze({
  kind: 'system',
  id: 'system',
  name: 'Lotgraph system',
  roles: ['ADMIN'],
  siteIds: [],
}) as Principal;
