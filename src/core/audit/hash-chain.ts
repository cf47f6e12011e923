import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

/** The part of an audit entry the hash covers: everything but the hashes themselves. */
export interface ChainedContent {
  id: string;
  occurredAt: Date;
  actorId: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: unknown;
  reason: string | null;
  requestId: string | null;
}

/** hash = sha256(prevHash || canonicalJson(entry)) */
export function chainHash(prevHash: string, entry: ChainedContent): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(entry)).digest('hex');
}

export interface ChainLink extends ChainedContent {
  prevHash: string;
  hash: string;
}

export type ChainBreak = { entry: ChainLink; reason: 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' };

/**
 * Walks entries in sequence order from `prevHash` and returns the first one whose stored
 * hashes do not match the recomputed chain, or null if all match.
 */
export function findChainBreak(entries: ChainLink[], prevHash: string): { broken: ChainBreak | null; lastHash: string } {
  let expectedPrev = prevHash;
  for (const entry of entries) {
    if (entry.prevHash !== expectedPrev) return { broken: { entry, reason: 'PREVIOUS_HASH_MISMATCH' }, lastHash: expectedPrev };
    const { prevHash: _p, hash: _h, ...content } = entry;
    if (chainHash(expectedPrev, content) !== entry.hash) return { broken: { entry, reason: 'HASH_MISMATCH' }, lastHash: expectedPrev };
    expectedPrev = entry.hash;
  }
  return { broken: null, lastHash: expectedPrev };
}
