import type { EntityManager } from 'typeorm';

/*
 * What other modules may ask of the stock tables, inside their own transaction; their statements
 * name no table of this module (README, "Architecture").
 */

/**
 * The balances that hold stock, as a relation for another module's statement (all of a
 * balance's columns, so the caller's row scope over its alias applies; `FOR UPDATE OF` its alias
 * locks the balances).
 */
export const BALANCES_ON_HAND = '(SELECT * FROM stock_balance WHERE quantity > 0)';

/** Locks these balances for update, in (lot, location) order as every stock path takes them. */
export async function lockBalances(manager: EntityManager, places: readonly { lotId: string; locationId: string }[]): Promise<void> {
  if (places.length === 0) return;
  await manager.query(`SELECT 1 FROM stock_balance WHERE (lot_id, location_id) IN (SELECT * FROM unnest($1::text[], $2::text[])) ORDER BY lot_id, location_id FOR UPDATE`, [
    places.map((p) => p.lotId),
    places.map((p) => p.locationId),
  ]);
}
