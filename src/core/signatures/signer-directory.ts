import type { EntityManager } from 'typeorm';

/** What the signature mechanism needs to know about a signer; the users module provides it. */
export interface Signer {
  userId: string;
  subject: string;
  printedName: string;
  passwordHash: string | null;
  /** When the current signing password was set; it ages from then. */
  passwordSetAt: Date | null;
  failedAttempts: number;
  locked: boolean;
  active: boolean;
}

export interface SignerDirectory {
  findBySubject(manager: EntityManager, subject: string): Promise<Signer | null>;
  /**
   * Like findBySubject, and holds the signer's row lock until `manager`'s transaction ends: the
   * signing attempts of one signer take turns, in every process sharing the database.
   */
  lockBySubject(manager: EntityManager, subject: string): Promise<Signer | null>;
  verifyPassword(password: string, hash: string): Promise<boolean>;
  /** Counts a failed attempt; locks signing at `lockAfter` attempts. Returns whether it locked now. */
  recordFailure(manager: EntityManager, userId: string, lockAfter: number): Promise<{ attempts: number; lockedNow: boolean }>;
  recordSuccess(manager: EntityManager, userId: string): Promise<void>;
}

/** Produces the canonical content of a signed record type at its current version. */
export type SignedContentSource = (manager: EntityManager, id: string) => Promise<{ version: number; content: Record<string, unknown> } | null>;
