import type { RequestContext } from '../../core/context';
import { analyticsScope, assertCanReadAnalytics } from './analytics-scope';
import { CAPA_ACTION_SPEC, CAPA_SPEC } from '../capa/capa.table';
import { analyticsWindow } from './analytics-window';
import type { CapaMetrics } from './quality-analytics.types';
import { queryNamed } from '../../core/persistence/named-query';

/**
 * CAPA closures with closed_at in [from, to) and the backlog now, in one statement. Cycle time
 * is closed_at - created_at in days (exact numeric from the epoch difference); mean and median
 * cover CLOSED CAPAs only, the median being the mean of the middle one or two values. Overdue:
 * open with due_on before today (UTC), or with an OPEN action due before today. Only CAPAs and
 * actions the caller may read count.
 */
export async function capaMetrics(ctx: RequestContext, from: string, to: string): Promise<CapaMetrics> {
  assertCanReadAnalytics(ctx);
  const window = analyticsWindow(from, to);
  const closedScope = analyticsScope(ctx, 'Capa', 'closed_capa', CAPA_SPEC.columns);
  const openScope = analyticsScope(ctx, 'Capa', 'open_capa', CAPA_SPEC.columns);
  const actionScope = analyticsScope(ctx, 'CapaAction', 'open_action', CAPA_ACTION_SPEC.columns);
  const sql = `
    WITH closed AS (
      SELECT closed_capa.status, extract(epoch FROM closed_capa.closed_at - closed_capa.created_at) / 86400 AS days
      FROM capa closed_capa
      WHERE closed_capa.closed_at >= :from_ts AND closed_capa.closed_at < :to_ts AND ${closedScope.sql}
    ), cycles AS (
      SELECT days, row_number() OVER (ORDER BY days) AS rn, count(*) OVER () AS n FROM closed WHERE status = 'CLOSED'
    ), open_capas AS (
      SELECT open_capa.id, open_capa.due_on FROM capa open_capa WHERE open_capa.closed_at IS NULL AND ${openScope.sql}
    ), today AS (
      SELECT (now() AT TIME ZONE 'UTC')::date AS day
    )
    SELECT
      (SELECT count(*) FROM closed WHERE status = 'CLOSED')::int AS "closedCount",
      (SELECT count(*) FROM closed WHERE status = 'CLOSED_NO_ACTION')::int AS "closedNoActionCount",
      (SELECT count(*) FROM closed WHERE status = 'CANCELLED')::int AS "cancelledCount",
      (SELECT round(avg(days), 2)::text FROM cycles) AS "meanCycleDays",
      (SELECT round(avg(days), 2)::text FROM cycles WHERE rn IN ((n + 1) / 2, (n + 2) / 2)) AS "medianCycleDays",
      (SELECT count(*) FROM open_capas)::int AS "openCount",
      (SELECT count(*) FROM open_capas, today WHERE open_capas.due_on < today.day OR EXISTS (
        SELECT 1 FROM capa_action open_action
        WHERE open_action.capa_id = open_capas.id AND open_action.status = 'OPEN' AND open_action.due_on < today.day AND ${actionScope.sql}))::int AS "overdueCount"`;
  const [row] = await queryNamed<CapaMetrics>(ctx.manager, sql, {
    ...closedScope.params,
    ...openScope.params,
    ...actionScope.params,
    from_ts: window.from,
    to_ts: window.to,
  });
  return row;
}
