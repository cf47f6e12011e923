import type { RequestContext } from '../../core/context';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { INSPECTION_SPEC } from '../quality/inspection.service';
import { DATE_TRUNC_UNIT } from './analytics-period';
import { analyticsScope, assertCanReadAnalytics } from './analytics-scope';
import { analyticsWindow } from './analytics-window';
import { MAX_ANALYTICS_ROWS, withinRowCap } from './analytics-row-cap';
import type { FirstPassYield, FirstPassYieldFilter } from './quality-analytics.types';
import { queryNamed } from '../../core/persistence/named-query';

export const MAX_MATERIAL_IDS = 500;

/**
 * One row per material and period. A lot counts once, in the period of its FIRST completed
 * inspection of the type (earliest completed_at, ties by id): it counts when that first
 * inspection completed in [from, to), and passes when that inspection's verdict is PASS. A
 * later re-inspection never counts. Both the counted inspection and the "no earlier one"
 * check only see inspections the caller may read, so hidden rows change nothing.
 */
export async function firstPassYield(ctx: RequestContext, filter: FirstPassYieldFilter): Promise<FirstPassYield[]> {
  assertCanReadAnalytics(ctx);
  const window = analyticsWindow(filter.from, filter.to, ['filter']);
  if (filter.materialIds && filter.materialIds.length > MAX_MATERIAL_IDS) fail(ErrorCode.VALIDATION_FAILED, `At most ${MAX_MATERIAL_IDS} materialIds`, ['filter', 'materialIds']);
  const counted = analyticsScope(ctx, 'Inspection', 'ins', INSPECTION_SPEC.columns);
  const earlier = analyticsScope(ctx, 'Inspection', 'earlier', INSPECTION_SPEC.columns);
  const materials = filter.materialIds ? 'AND plan.material_id = ANY(:material_ids)' : '';
  const sql = `
    SELECT plan.material_id AS "materialId",
           to_char(date_trunc(:trunc_unit, ins.completed_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS "periodStart",
           count(*)::int AS "lotsInspected",
           (count(*) FILTER (WHERE ins.verdict = 'PASS'))::int AS "lotsPassedFirstTime",
           round((count(*) FILTER (WHERE ins.verdict = 'PASS'))::numeric / count(*), 4)::text AS "yield"
    FROM inspection ins
    JOIN inspection_plan plan ON plan.id = ins.plan_id
    WHERE ins.status = 'COMPLETED' AND plan.type = :inspection_type
      AND ins.completed_at >= :from_ts AND ins.completed_at < :to_ts
      ${materials}
      AND ${counted.sql}
      AND NOT EXISTS (
        SELECT 1 FROM inspection earlier
        JOIN inspection_plan earlier_plan ON earlier_plan.id = earlier.plan_id
        WHERE earlier.lot_id = ins.lot_id AND earlier.status = 'COMPLETED' AND earlier_plan.type = plan.type
          AND (earlier.completed_at, earlier.id) < (ins.completed_at, ins.id)
          AND ${earlier.sql})
    GROUP BY 1, 2
    ORDER BY 2, 1
    LIMIT :row_limit`;
  const rows = await queryNamed<FirstPassYield>(ctx.manager, sql, {
    ...counted.params,
    ...earlier.params,
    trunc_unit: DATE_TRUNC_UNIT[filter.period],
    inspection_type: filter.inspectionType,
    from_ts: window.from,
    to_ts: window.to,
    material_ids: filter.materialIds ?? [],
    row_limit: MAX_ANALYTICS_ROWS + 1,
  });
  return withinRowCap(rows, MAX_ANALYTICS_ROWS, 'shorten the range, choose a longer period or filter by materialIds');
}
