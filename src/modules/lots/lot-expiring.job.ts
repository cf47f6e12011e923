import type { Platform } from '../../core/platform';
import { AlertType } from '../../core/alerts/alert-type';
import { raiseAlerts } from '../../core/alerts/raise-alerts';
import { addDays, todayUtc } from '../../core/dates';
import { lotLabel, type LotReference } from './lot-reference';
import { materialSummaries } from '../materials/material.lookups';

/** Days before expiry that LOT_EXPIRING is raised for usable lots. */
export const LOT_EXPIRING_LEAD_DAYS = 30;

/** Raises one LOT_EXPIRING alert per usable lot and expiry date, N days ahead. */
export async function raiseLotExpiringAlerts(platform: Platform, today: string = todayUtc()): Promise<number> {
  const rows: { id: string; lot_number: string; expires_on: string; supplier_id: string | null; site_id: string; material_id: string }[] = await platform.dataSource.query(
    `SELECT l.id, l.lot_number, l.expires_on::text, l.supplier_id, l.site_id, l.material_id FROM lot l
     WHERE l.status IN ('RELEASED', 'CONDITIONAL_RELEASE') AND l.expires_on >= $1 AND l.expires_on <= $2
       AND NOT EXISTS (SELECT 1 FROM raised_alert a WHERE a.type = 'LOT_EXPIRING' AND a.entity_id = l.id AND a.occurrence_key = l.expires_on::text)
     ORDER BY l.expires_on, l.id LIMIT 1000`,
    [today, addDays(today, LOT_EXPIRING_LEAD_DAYS)],
  );
  const codes = new Map((await materialSummaries(platform.dataSource.manager, [...new Set(rows.map((r) => r.material_id))])).map((m) => [m.id, m.code]));
  return raiseAlerts(
    platform,
    `job-lot-expiring-${today}`,
    rows.map((r) => {
      const lot: LotReference = { lotId: r.id, lotNumber: r.lot_number, materialId: r.material_id, materialCode: codes.get(r.material_id)! };
      return {
        type: AlertType.LOT_EXPIRING,
        subject: 'Lot',
        subjectId: r.id,
        occurrenceKey: r.expires_on,
        message: `${lotLabel(lot, 'Lot')} expires on ${r.expires_on}`,
        scope: { supplierId: r.supplier_id, siteId: r.site_id },
        details: { ...lot, expiresOn: r.expires_on },
      };
    }),
  );
}
