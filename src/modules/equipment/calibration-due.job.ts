import type { Platform } from '../../core/platform';
import { AlertType } from '../../core/alerts/alert-type';
import { raiseAlerts } from '../../core/alerts/raise-alerts';
import { addDays, todayUtc } from '../../core/dates';

/** Days before the due date that CALIBRATION_DUE is raised. */
export const CALIBRATION_DUE_LEAD_DAYS = 14;

interface DueRow {
  id: string;
  asset_tag: string;
  site_id: string;
  calibration_due_on: string;
}

/** Raises one CALIBRATION_DUE alert per equipment and due date, N days ahead. */
export async function raiseCalibrationDueAlerts(platform: Platform, today: string = todayUtc()): Promise<number> {
  const horizon = addDays(today, CALIBRATION_DUE_LEAD_DAYS);
  const due: DueRow[] = await platform.dataSource.query(
    `SELECT e.id, e.asset_tag, e.site_id, e.calibration_due_on::text FROM equipment e
     WHERE e.calibration_interval_days IS NOT NULL AND e.status <> 'RETIRED' AND e.calibration_due_on <= $1
       AND NOT EXISTS (SELECT 1 FROM raised_alert a WHERE a.type = 'CALIBRATION_DUE' AND a.entity_id = e.id AND a.occurrence_key = e.calibration_due_on::text)`,
    [horizon],
  );
  return raiseAlerts(
    platform,
    `job-calibration-due-${today}`,
    due.map((row) => ({
      type: AlertType.CALIBRATION_DUE,
      subject: 'Equipment',
      subjectId: row.id,
      occurrenceKey: row.calibration_due_on,
      message: `Calibration of ${row.asset_tag} is due on ${row.calibration_due_on}`,
      scope: { siteId: row.site_id },
      details: { assetTag: row.asset_tag, siteId: row.site_id, dueOn: row.calibration_due_on },
    })),
  );
}
