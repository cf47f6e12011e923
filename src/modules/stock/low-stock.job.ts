import type { Platform } from '../../core/platform';
import { AlertType } from '../../core/alerts/alert-type';
import { raiseAlerts } from '../../core/alerts/raise-alerts';
import { todayUtc } from '../../core/dates';

interface StockRow {
  id: string;
  code: string;
  reorder_point: string;
  available: string;
  below: boolean;
}

/**
 * LOW_STOCK once per dip: a material whose usable stock (released or conditionally released,
 * unexpired, at every site) falls below its reorder point raises it; once stock is back at or
 * above the point, the next dip raises it again.
 */
export async function raiseLowStockAlerts(platform: Platform, today: string = todayUtc()): Promise<number> {
  const rows: StockRow[] = await platform.dataSource.query(
    `SELECT m.id, m.code, m.reorder_point::text, s.available::text, s.available < m.reorder_point AS below
     FROM material m
     CROSS JOIN LATERAL (
       SELECT coalesce(sum(b.quantity), 0) AS available FROM stock_balance b JOIN lot l ON l.id = b.lot_id
       WHERE b.material_id = m.id AND l.status IN ('RELEASED', 'CONDITIONAL_RELEASE') AND (l.expires_on IS NULL OR l.expires_on >= $1)) s
     WHERE m.reorder_point IS NOT NULL`,
    [today],
  );
  const recovered = rows.filter((r) => !r.below).map((r) => r.id);
  if (recovered.length > 0) await platform.dataSource.query(`DELETE FROM raised_alert WHERE type = 'LOW_STOCK' AND entity_id = ANY($1)`, [recovered]);
  return raiseAlerts(
    platform,
    `job-low-stock-${today}`,
    rows
      .filter((r) => r.below)
      .map((r) => ({
        // The quantity is summed over every site: only readers of all sites' stock receive it.
        type: AlertType.LOW_STOCK,
        subject: 'StockBalance',
        subjectId: r.id,
        occurrenceKey: 'below',
        message: `Usable stock of ${r.code} is ${r.available}, below its reorder point ${r.reorder_point}`,
        details: { materialId: r.id, materialCode: r.code, available: r.available, reorderPoint: r.reorder_point },
      })),
  );
}
