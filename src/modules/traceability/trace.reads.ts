import type { FieldNode } from 'graphql';
import type { ModuleReads } from '../../core/reads/read-registry';
import type { RootSql } from '../../core/reads/read-model';
import { EACH } from '../../core/reads/read-plan';
import { literal, jsonObject } from '../../core/reads/json-sql';
import { NotCompiled } from '../../core/reads/not-compiled';
import { GENEALOGY_ALIASES, traceSql } from '../lots/genealogy.sql';
import { MAX_TRACE_DEPTH } from './trace.service';
import { TraceDirection } from './trace.types';

/**
 * `traceLot` on the compiled read path: the same recursive walk as the service (it steps only
 * onto lots the caller may read), its steps and each step's lot built into the response in the
 * same statement. A root lot that is not there for the caller (absent, or out of its row scope)
 * is answered on the general path, which writes its NOT_FOUND.
 */
function compileTrace(q: RootSql, args: Record<string, unknown>, nodes: readonly FieldNode[], path: (string | symbol)[]) {
  const id = args.id as string;
  const maxDepth = args.maxDepth as number;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_TRACE_DEPTH) throw new NotCompiled('maxDepth out of range');
  const direction = args.direction as TraceDirection;
  const directions = direction === TraceDirection.BOTH ? (['BACKWARD', 'FORWARD'] as const) : [direction as 'BACKWARD' | 'FORWARD'];
  const walkScope = q.scope('Lot', GENEALOGY_ALIASES.lot);
  const walk = q.sql({
    sql: traceSql([...directions], { root: ':rootId', maxDepth: ':maxDepth', readable: walkScope.sql === 'TRUE' ? undefined : walkScope.sql }),
    params: { ...walkScope.params, rootId: id, maxDepth },
  });
  const rootId = q.param(id);
  const rootWhere = (alias: string) => `${alias}.id = ${rootId} AND (${q.sql(q.scope('Lot', alias))}) IS TRUE`;

  const pairs: string[] = [];
  for (const [key, fieldNodes] of q.fields('LotTrace', nodes)) {
    const name = fieldNodes[0].name.value;
    if (name === '__typename') pairs.push(`${literal(key)}, ${literal('LotTrace')}`);
    else if (name === 'maxDepth') pairs.push(`${literal(key)}, ${q.param(maxDepth)}::int`);
    else if (name === 'root') pairs.push(`${literal(key)}, (SELECT ${q.row('Lot', '_tr', fieldNodes, [...path, key])} FROM ${q.table('Lot')} _tr WHERE ${rootWhere('_tr')})`);
    else if (name === 'nodes') pairs.push(`${literal(key)}, ${stepsJson(q, walk, fieldNodes, [...path, key, EACH])}`);
    else throw new NotCompiled(`LotTrace.${name}`);
  }
  return { value: jsonObject(pairs), general: `NOT EXISTS (SELECT 1 FROM ${q.table('Lot')} _tg WHERE ${rootWhere('_tg')})` };
}

/** The walk's steps in the service's order, each with the fields asked for. */
function stepsJson(q: RootSql, walk: string, nodes: readonly FieldNode[], path: (string | symbol)[]): string {
  const pairs: string[] = [];
  for (const [key, fieldNodes] of q.fields('TraceNode', nodes)) {
    const name = fieldNodes[0].name.value;
    const column: Record<string, string> = {
      __typename: literal('TraceNode'),
      direction: 't.direction',
      lotId: 't.lot_id',
      fromLotId: 't.from_lot_id',
      depth: 't.depth',
      quantity: 'trim_scale(t.quantity::numeric)::text',
    };
    if (name in column) pairs.push(`${literal(key)}, ${column[name]}`);
    else if (name === 'lot') {
      pairs.push(`${literal(key)}, (SELECT ${q.row('Lot', '_tl', fieldNodes, [...path, key])} FROM ${q.table('Lot')} _tl WHERE _tl.id = t.lot_id AND (${q.sql(q.scope('Lot', '_tl'))}) IS TRUE)`);
    } else throw new NotCompiled(`TraceNode.${name}`);
  }
  return `coalesce((SELECT json_agg(${jsonObject(pairs)} ORDER BY t.direction, t.depth, t.from_lot_id, t.lot_id) FROM (${walk}) t), '[]'::json)`;
}

export const TRACE_READS: ModuleReads = {
  customRoots: [{ field: 'traceLot', compile: compileTrace }],
};
