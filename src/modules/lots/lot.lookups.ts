import type { EntityManager } from 'typeorm';
import { LotEntity } from './lot.entity';

/*
 * What other modules may ask of the lots' tables, inside their own transaction. Their statements
 * name no table of this module (module boundaries hold in SQL, README "Architecture"): they call
 * these, or embed the relations below, so how a lot is stored and what makes it saleable or
 * first-to-use stays said here.
 */

/** These lots, in the order stock of them is used: first expiry first (undated last), then the oldest, then by id. */
export function lotsInOrderOfUse(manager: EntityManager, lotIds: readonly string[]): Promise<LotEntity[]> {
  if (lotIds.length === 0) return Promise.resolve([]);
  return manager
    .createQueryBuilder(LotEntity, 'lt')
    .where('lt.id = ANY(:ids)', { ids: [...lotIds] })
    .orderBy(LOT_ORDER_OF_USE('lt'))
    .getMany();
}

/** The order of use as SQL over a lot relation's alias (the lot's own columns, or SALEABLE_LOTS' of the same names). */
export const LOT_ORDER_OF_USE = (alias: string) => `${alias}.expires_on NULLS LAST, ${alias}.created_at, ${alias}.id`;

/**
 * Holds these lots against status changes until the transaction ends (FOR SHARE, in id order, as
 * issues and write-offs take them).
 */
export async function holdLots(manager: EntityManager, lotIds: readonly string[]): Promise<void> {
  if (lotIds.length === 0) return;
  await manager.query('SELECT 1 FROM lot WHERE id = ANY($1) ORDER BY id FOR SHARE', [lotIds]);
}

/**
 * The lots that may be sold to customer `:customerId` on `:today`, as a relation for another
 * module's statement: released lots, or conditionally released ones whose concession admits the
 * customer and date, unexpired. Columns: id, concession_id, expires_on, created_at, and
 * concession_unused (the concession's quantity not yet drawn; null when it has no quantity limit).
 */
export const SALEABLE_LOTS = `(
  SELECT l.id, l.concession_id, l.expires_on, l.created_at, (c.max_quantity - c.used_quantity) AS concession_unused
  FROM lot l
  LEFT JOIN concession c ON c.id = l.concession_id
  WHERE (l.expires_on IS NULL OR l.expires_on >= :today)
    AND (l.status = 'RELEASED'
         OR (l.status = 'CONDITIONAL_RELEASE' AND c.id IS NOT NULL AND (c.customer_id IS NULL OR c.customer_id = :customerId)
             AND (c.valid_until IS NULL OR c.valid_until >= :today))))`;

/** The lots of these ids that exist, as records (unlocked, unscoped: the caller checks what it may read). */
export function lotsByIds(manager: EntityManager, lotIds: readonly string[]): Promise<LotEntity[]> {
  return manager.findBy(
    LotEntity,
    lotIds.map((id) => ({ id })),
  );
}

/** These lots under row locks (FOR UPDATE), in id order, so two transactions locking several cannot deadlock. */
export function lockLotsForUpdate(manager: EntityManager, lotIds: readonly string[]): Promise<LotEntity[]> {
  return manager
    .createQueryBuilder(LotEntity, 'lt')
    .setLock('pessimistic_write')
    .where('lt.id = ANY(:ids)', { ids: [...lotIds] })
    .orderBy('lt.id')
    .getMany();
}
