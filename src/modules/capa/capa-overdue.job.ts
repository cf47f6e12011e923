import type { Platform } from '../../core/platform';
import { AlertType } from '../../core/alerts/alert-type';
import { raiseAlerts } from '../../core/alerts/raise-alerts';
import { todayUtc } from '../../core/dates';
import { FINISHED_CAPA } from './capa.enums';

interface OverdueRow {
  capa_id: string;
  title: string;
  due_on: string;
  action_id: string | null;
  owner_id: string | null;
}

/**
 * Raises CAPA_OVERDUE once per CAPA past its due date, and once per open action past its own,
 * for CAPAs not yet finished. A new due date is a new occurrence.
 */
export async function raiseCapaOverdueAlerts(platform: Platform, today: string = todayUtc()): Promise<number> {
  const rows: OverdueRow[] = await platform.dataSource.query(
    `SELECT c.id AS capa_id, c.title, c.due_on::text, NULL AS action_id, c.owner_id FROM capa c
     WHERE c.status <> ALL($2) AND c.due_on < $1
     UNION ALL
     SELECT c.id, c.title, a.due_on::text, a.id, a.owner_id FROM capa_action a JOIN capa c ON c.id = a.capa_id
     WHERE c.status <> ALL($2) AND a.status = 'OPEN' AND a.due_on < $1
     ORDER BY 1, 4 NULLS FIRST`,
    [today, FINISHED_CAPA],
  );
  const fresh = await unraised(platform, rows);
  return raiseAlerts(
    platform,
    `job-capa-overdue-${today}`,
    fresh.map((r) => ({
      type: AlertType.CAPA_OVERDUE,
      subject: 'Capa',
      subjectId: r.capa_id,
      occurrenceKey: occurrence(r),
      message: r.action_id ? `An action of CAPA "${r.title}" was due on ${r.due_on}` : `CAPA "${r.title}" was due on ${r.due_on}`,
      scope: { ownerId: r.owner_id },
      details: { capaId: r.capa_id, title: r.title, dueOn: r.due_on, actionId: r.action_id, ownerId: r.owner_id },
    })),
  );
}

const occurrence = (r: OverdueRow) => (r.action_id ? `action:${r.action_id}:${r.due_on}` : `capa:${r.due_on}`);

async function unraised(platform: Platform, rows: OverdueRow[]): Promise<OverdueRow[]> {
  if (rows.length === 0) return rows;
  const raised: { entity_id: string; occurrence_key: string }[] = await platform.dataSource.query(
    `SELECT entity_id, occurrence_key FROM raised_alert WHERE type = 'CAPA_OVERDUE' AND entity_id = ANY($1)`,
    [[...new Set(rows.map((r) => r.capa_id))]],
  );
  const seen = new Set(raised.map((r) => `${r.entity_id}|${r.occurrence_key}`));
  return rows.filter((r) => !seen.has(`${r.capa_id}|${occurrence(r)}`));
}
