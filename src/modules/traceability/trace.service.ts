import type { RequestContext } from '../../core/context';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import type { LotEntity } from '../lots/lot.entity';
import { lotLoader } from '../lots/lot.loaders';
import { MAX_GENEALOGY_DEPTH, RECALL_IMPACT_SQL, traceSql } from '../lots/genealogy.sql';
import { TraceDirection } from './trace.types';

export const DEFAULT_TRACE_DEPTH = 10;
export const MAX_TRACE_DEPTH = MAX_GENEALOGY_DEPTH;

/** The root must be readable by the caller (the loader refuses callers who may read no lots); nodes' lots are row-scoped by the loader too. */
async function readableRoot(ctx: RequestContext, id: string): Promise<LotEntity> {
  const root = await lotLoader(ctx).load(id);
  if (!root) fail(ErrorCode.NOT_FOUND, `No lot ${id}`, ['id']);
  return root;
}

export async function traceLot(ctx: RequestContext, id: string, direction: TraceDirection, maxDepth = DEFAULT_TRACE_DEPTH) {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_TRACE_DEPTH) fail(ErrorCode.VALIDATION_FAILED, `maxDepth must be 1 to ${MAX_TRACE_DEPTH}`, ['maxDepth']);
  const root = await readableRoot(ctx, id);
  const directions = direction === TraceDirection.BOTH ? (['BACKWARD', 'FORWARD'] as const) : ([direction] as const);
  const rows: { direction: TraceDirection; lot_id: string; from_lot_id: string; depth: number; quantity: string }[] =
    await ctx.manager.query(traceSql([...directions]), [root.id, maxDepth]);
  return {
    root,
    maxDepth,
    nodes: rows.map((r) => ({ direction: r.direction, lotId: r.lot_id, fromLotId: r.from_lot_id, depth: r.depth, quantity: r.quantity })),
  };
}

export async function recallImpact(ctx: RequestContext, id: string) {
  const lot = await readableRoot(ctx, id);
  const rows: { lot_id: string; depth: number; on_hand: string }[] = await ctx.manager.query(RECALL_IMPACT_SQL, [lot.id, MAX_TRACE_DEPTH]);
  return {
    lot,
    affectedLots: rows.map((r) => ({ lotId: r.lot_id, depth: r.depth, quantityOnHand: r.on_hand })),
    affectedLotCount: rows.length,
  };
}
