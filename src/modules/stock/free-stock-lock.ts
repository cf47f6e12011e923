import type { EntityManager } from 'typeorm';

/*
 * Free stock of a material is its balances minus its open sales allocations. An allocator reads
 * it and then inserts allocations; a movement checks it and decrements a balance. Neither sees
 * the other's uncommitted rows, so the two take this per-material lock (allocators exclusively,
 * movements shared, so movements never wait for each other) and each reads only after the other
 * has committed. Every statement after the lock then starts from a snapshot that sees the other.
 * Several materials are always locked in sorted order, so two transactions cannot deadlock.
 */
const KEY = `hashtext('lotgraph-allocate:' || m)`;

/** Taken by an allocator before it reads free stock of these materials. */
export async function lockMaterialsForAllocation(manager: EntityManager, materialIds: string[]): Promise<void> {
  await lock(manager, materialIds, 'pg_advisory_xact_lock');
}

/** Taken by a movement before it takes free (unallocated) stock of these materials. */
export async function lockMaterialsForMovement(manager: EntityManager, materialIds: string[]): Promise<void> {
  await lock(manager, materialIds, 'pg_advisory_xact_lock_shared');
}

async function lock(manager: EntityManager, materialIds: string[], fn: string): Promise<void> {
  const sorted = [...new Set(materialIds)].sort();
  if (sorted.length === 0) return;
  // One statement; the ORDER BY makes PostgreSQL take the locks in that order.
  await manager.query(`SELECT ${fn}(${KEY}) FROM (SELECT unnest($1::text[]) AS m ORDER BY 1) ms`, [sorted]);
}
