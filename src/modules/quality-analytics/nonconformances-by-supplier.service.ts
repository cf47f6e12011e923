import type { RequestContext } from '../../core/context';
import { NONCONFORMANCE_SPEC } from '../quality/nonconformance.service';
import { analyticsScope, assertCanReadAnalytics } from './analytics-scope';
import { analyticsWindow } from './analytics-window';
import type { SupplierNonconformances } from './quality-analytics.types';
import { queryNamed } from '../../core/persistence/named-query';

/**
 * Per supplier, the nonconformances raised against it (supplier_id set) that were opened
 * (created_at) in [from, to), with their status and disposition as they are now. In-house
 * nonconformances (no supplier) are not listed. Only nonconformances the caller may read count.
 */
export async function nonconformancesBySupplier(ctx: RequestContext, from: string, to: string): Promise<SupplierNonconformances[]> {
  assertCanReadAnalytics(ctx);
  const window = analyticsWindow(from, to);
  const scope = analyticsScope(ctx, 'Nonconformance', 'nc', NONCONFORMANCE_SPEC.columns);
  const sql = `
    SELECT nc.supplier_id AS "supplierId",
           count(*)::int AS "opened",
           (count(*) FILTER (WHERE nc.status <> 'CLOSED'))::int AS "notClosed",
           (count(*) FILTER (WHERE nc.disposition IS NULL))::int AS "awaitingDisposition",
           (count(*) FILTER (WHERE nc.disposition = 'USE_AS_IS'))::int AS "useAsIs",
           (count(*) FILTER (WHERE nc.disposition = 'REWORK'))::int AS "rework",
           (count(*) FILTER (WHERE nc.disposition = 'SCRAP'))::int AS "scrap",
           (count(*) FILTER (WHERE nc.disposition = 'RETURN_TO_SUPPLIER'))::int AS "returnToSupplier"
    FROM nonconformance nc
    WHERE nc.supplier_id IS NOT NULL
      AND nc.created_at >= :from_ts AND nc.created_at < :to_ts
      AND ${scope.sql}
    GROUP BY nc.supplier_id
    ORDER BY count(*) DESC, nc.supplier_id`;
  return queryNamed<SupplierNonconformances>(ctx.manager, sql, { ...scope.params, from_ts: window.from, to_ts: window.to });
}
