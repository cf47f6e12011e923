import { LOT_ORDER_OF_USE, SALEABLE_LOTS } from '../lots/lot.lookups';
import { BALANCES_ON_HAND } from '../stock/stock.lookups';

/**
 * Stock a line may be allocated from, first-expiry-first-out: balances of lots the lots module
 * calls saleable to this customer today, with what is not already allocated and what the
 * concession has left. The caller holds the material's allocation lock, so this statement's
 * snapshot sees every allocation committed before it. Only balances the caller may read
 * (`readable`, its row scope over `b`) are offered: a user limited to some sites allocates their
 * stock only.
 */
export const fefoCandidatesSql = (readable: string) => `
  SELECT b.lot_id, b.location_id, b.site_id, s.concession_id,
         (b.quantity - coalesce((SELECT sum(a.quantity) FROM sales_allocation a
                                 WHERE a.lot_id = b.lot_id AND a.location_id = b.location_id AND a.status = 'ALLOCATED'), 0))::text AS free,
         (s.concession_unused - coalesce((SELECT sum(a.quantity) FROM sales_allocation a
                                          WHERE a.concession_id = s.concession_id AND a.status = 'ALLOCATED'), 0))::text AS concession_left
  FROM ${BALANCES_ON_HAND} b
  JOIN ${SALEABLE_LOTS} s ON s.id = b.lot_id
  WHERE b.material_id = :materialId AND ${readable}
  ORDER BY ${LOT_ORDER_OF_USE('s')}, b.location_id
  FOR UPDATE OF b`;
