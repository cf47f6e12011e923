import type { Platform } from '../../core/platform';
import { RequestContext } from '../../core/context';
import { SYSTEM } from '../../core/auth/principal';
import { addDays, todayUtc } from '../../core/dates';
import { inTransaction } from '../../core/mutation';
import { ALERT_RAISED } from './equipment.events';

/** Days before the due date that CALIBRATION_DUE is raised. */
export const CALIBRATION_DUE_LEAD_DAYS = 14;

interface DueRow {
  id: string;
  asset_tag: string;
  site_id: string;
  calibration_due_on: string;
}

/**
 * Raises one CALIBRATION_DUE alert per equipment and due date, N days ahead. The raised_alert
 * key makes it safe to run in several processes and on every start-up.
 */
export async function raiseCalibrationDueAlerts(platform: Platform, today: string = todayUtc()): Promise<number> {
  const horizon = addDays(today, CALIBRATION_DUE_LEAD_DAYS);
  const due: DueRow[] = await platform.dataSource.query(
    `SELECT e.id, e.asset_tag, e.site_id, e.calibration_due_on::text FROM equipment e
     WHERE e.calibration_interval_days IS NOT NULL AND e.status <> 'RETIRED' AND e.calibration_due_on <= $1
       AND NOT EXISTS (SELECT 1 FROM raised_alert a WHERE a.type = 'CALIBRATION_DUE' AND a.entity_id = e.id AND a.occurrence_key = e.calibration_due_on::text)`,
    [horizon],
  );
  if (due.length === 0) return 0;
  const ctx = RequestContext.create(platform, SYSTEM, platform.log, `job-calibration-due-${today}`);
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    let raised = 0;
    for (const row of due) {
      const claimed: unknown[] = await tx.manager.query(
        `INSERT INTO raised_alert (type, entity_id, occurrence_key) VALUES ('CALIBRATION_DUE', $1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [row.id, row.calibration_due_on]);
      if (claimed.length === 0) continue;
      raised++;
      audit({ action: 'ALERT', entityType: 'Equipment', entityId: row.id, changes: [{ field: 'alert', old: null, new: { type: 'CALIBRATION_DUE', dueOn: row.calibration_due_on } }] });
      emit({
        type: ALERT_RAISED, aggregateType: 'Equipment', aggregateId: row.id,
        payload: { alertType: 'CALIBRATION_DUE', assetTag: row.asset_tag, siteId: row.site_id, dueOn: row.calibration_due_on },
      });
    }
    // Another process raised them all meanwhile: nothing to commit.
    if (raised === 0) throw new AlreadyRaised();
    return raised;
  }).catch((err: unknown) => {
    if (err instanceof AlreadyRaised) return 0;
    throw err;
  });
}

class AlreadyRaised extends Error {}
