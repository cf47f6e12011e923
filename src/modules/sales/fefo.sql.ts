/**
 * Stock a line may be allocated from, first-expiry-first-out: released lots, or conditionally
 * released ones whose concession admits this customer and date, unexpired, with what is not
 * already allocated and what the concession has left. The caller holds the material's
 * allocation lock, so this statement's snapshot sees every allocation committed before it.
 * Only balances the caller may read (`readable`, its row scope over `b`) are offered: a user
 * limited to some sites allocates their stock only.
 */
export const fefoCandidatesSql = (readable: string) => `
  SELECT b.lot_id, b.location_id, b.site_id, l.concession_id,
         (b.quantity - coalesce((SELECT sum(a.quantity) FROM sales_allocation a
                                 WHERE a.lot_id = b.lot_id AND a.location_id = b.location_id AND a.status = 'ALLOCATED'), 0))::text AS free,
         (c.max_quantity - c.used_quantity - coalesce((SELECT sum(a.quantity) FROM sales_allocation a
                                                      WHERE a.concession_id = c.id AND a.status = 'ALLOCATED'), 0))::text AS concession_left
  FROM stock_balance b
  JOIN lot l ON l.id = b.lot_id
  LEFT JOIN concession c ON c.id = l.concession_id
  WHERE b.material_id = :materialId AND b.quantity > 0 AND ${readable}
    AND (l.expires_on IS NULL OR l.expires_on >= :today)
    AND (l.status = 'RELEASED'
         OR (l.status = 'CONDITIONAL_RELEASE' AND c.id IS NOT NULL AND (c.customer_id IS NULL OR c.customer_id = :customerId)
             AND (c.valid_until IS NULL OR c.valid_until >= :today)))
  ORDER BY l.expires_on NULLS LAST, l.created_at, l.id, b.location_id
  FOR UPDATE OF b`;
