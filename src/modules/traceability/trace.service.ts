import type { RequestContext } from '../../core/context';
import { rowScope } from '../../core/authz/guard';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import type { LotEntity } from '../lots/lot.entity';
import { lotLoader } from '../lots/lot.loaders';
import { LOT_SPEC } from '../lots/lot.table';
import { GENEALOGY_ALIASES, MAX_GENEALOGY_DEPTH, RECALL_IMPACT_SQL, recallImpactSql, traceSql, type WalkParams } from '../lots/genealogy.sql';
import { BALANCE_SPEC } from '../stock/stock.table';
import { TraceDirection } from './trace.types';
import { queryNamed } from '../../core/persistence/named-query';

export const DEFAULT_TRACE_DEPTH = 10;
export const MAX_TRACE_DEPTH = MAX_GENEALOGY_DEPTH;

/** The root must be readable by the caller (the loader refuses callers who may read no lots, and hides lots out of their row scope). */
async function readableRoot(ctx: RequestContext, id: string): Promise<LotEntity> {
  const root = await lotLoader(ctx).load(id);
  if (!root) fail(ErrorCode.NOT_FOUND, `No lot ${id}`, ['id']);
  return root;
}

/**
 * The caller's genealogy, under the same row rules as every other read: the walk never steps
 * onto a lot the caller may not read (so it learns neither that lot nor what lies beyond it:
 * the tree stays connected, made only of readable lots), and stock counts only the balances
 * the caller may read. Inlined into the one recursive statement: no per-node queries.
 */
function genealogyScope(ctx: RequestContext, root: string, maxDepth: number) {
  const lots = rowScope(ctx, 'read', 'Lot', GENEALOGY_ALIASES.lot, LOT_SPEC.columns);
  const stock = rowScope(ctx, 'read', 'StockBalance', GENEALOGY_ALIASES.stockBalance, BALANCE_SPEC.columns);
  const walk: WalkParams = { root: ':rootId', maxDepth: ':maxDepth', readable: lots.sql === 'TRUE' ? undefined : lots.sql };
  return { walk, stock: stock.sql, params: { ...lots.params, ...stock.params, rootId: root, maxDepth } };
}

export async function traceLot(ctx: RequestContext, id: string, direction: TraceDirection, maxDepth = DEFAULT_TRACE_DEPTH) {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_TRACE_DEPTH) fail(ErrorCode.VALIDATION_FAILED, `maxDepth must be 1 to ${MAX_TRACE_DEPTH}`, ['maxDepth']);
  const root = await readableRoot(ctx, id);
  const directions = direction === TraceDirection.BOTH ? (['BACKWARD', 'FORWARD'] as const) : ([direction] as const);
  const scope = genealogyScope(ctx, root.id, maxDepth);
  const rows = await queryNamed<{ direction: TraceDirection; lot_id: string; from_lot_id: string; depth: number; quantity: string }>(ctx.manager, traceSql([...directions], scope.walk), scope.params);
  return {
    root,
    maxDepth,
    nodes: rows.map((r) => ({ direction: r.direction, lotId: r.lot_id, fromLotId: r.from_lot_id, depth: r.depth, quantity: r.quantity })),
  };
}

/** The downstream lots the caller may read, each with the stock of it the caller may read (null where none). */
export async function recallImpact(ctx: RequestContext, id: string) {
  const lot = await readableRoot(ctx, id);
  const scope = genealogyScope(ctx, lot.id, MAX_TRACE_DEPTH);
  const rows = await queryNamed<{ lot_id: string; depth: number; on_hand: string | null }>(ctx.manager, recallImpactSql(scope.walk, scope.stock), scope.params);
  return {
    lot,
    affectedLots: rows.map((r) => ({ lotId: r.lot_id, depth: r.depth, quantityOnHand: r.on_hand })),
    affectedLotCount: rows.length,
  };
}

/** Every lot downstream of a lot, whoever asks: what a recall takes with it (the recall must be complete, not the caller's view of it). */
export async function downstreamLotIds(ctx: RequestContext, id: string): Promise<string[]> {
  const rows: { lot_id: string }[] = await ctx.manager.query(RECALL_IMPACT_SQL, [id, MAX_TRACE_DEPTH]);
  return rows.map((r) => r.lot_id);
}
