/** Genealogy walks never go deeper than this. */
export const MAX_GENEALOGY_DEPTH = 25;

/**
 * How a walk's statement names its inputs: the root lot and the depth bound, and optionally
 * `readable`, a condition on the reached lot (aliased `lt`) that the walk may
 * not step past: a row-scoped caller's genealogy is made only of lots it may read.
 */
export interface WalkParams {
  root: string;
  maxDepth: string;
  readable?: string;
}

/** The aliases that row-scope conditions passed to these statements must use. */
export const GENEALOGY_ALIASES = { lot: 'lt', stockBalance: 'sb' } as const;

const POSITIONAL: WalkParams = { root: '$1', maxDepth: '$2' };

/**
 * One recursive statement per direction: walks genealogy edges from the root up to a depth
 * bound, never revisiting a lot already on the current path (cycle guard).
 */
export function walkSql(direction: 'BACKWARD' | 'FORWARD', p: WalkParams = POSITIONAL): string {
  const [next, here] = direction === 'BACKWARD' ? ['parent_lot_id', 'child_lot_id'] : ['child_lot_id', 'parent_lot_id'];
  return `
    SELECT e.${next} AS lot_id, w.lot_id AS from_lot_id, w.depth + 1 AS depth, e.quantity, w.path || e.${next} AS path
    FROM walk_${direction.toLowerCase()} w
    JOIN genealogy_edge e ON e.${here} = w.lot_id${
      p.readable
        ? `
    JOIN lot lt ON lt.id = e.${next}`
        : ''
    }
    WHERE w.depth < ${p.maxDepth} AND NOT (e.${next} = ANY(w.path))${p.readable ? ` AND ${p.readable}` : ''}`;
}

function walkCte(direction: 'BACKWARD' | 'FORWARD', p: WalkParams): string {
  return `
    walk_${direction.toLowerCase()}(lot_id, from_lot_id, depth, quantity, path) AS (
      SELECT ${p.root}::text, NULL::text, 0, NULL::numeric, ARRAY[${p.root}::text]
      UNION ALL ${walkSql(direction, p)}
    )`;
}

export function traceSql(directions: ('BACKWARD' | 'FORWARD')[], p: WalkParams = POSITIONAL): string {
  const selects = directions.map((d) => `SELECT '${d}' AS direction, lot_id, from_lot_id, depth, quantity::text AS quantity FROM walk_${d.toLowerCase()} WHERE depth > 0`);
  return `WITH RECURSIVE ${directions.map((d) => walkCte(d, p)).join(',')} ${selects.join(' UNION ALL ')} ORDER BY direction, depth, from_lot_id, lot_id`;
}

/**
 * Every distinct downstream lot with its nearest depth and the stock still on hand, summed
 * over the stock_balance rows (aliased `sb`) that satisfy `stockScope`:
 * null where no such row exists.
 */
export function recallImpactSql(p: WalkParams = POSITIONAL, stockScope = 'TRUE'): string {
  return `
  WITH RECURSIVE ${walkCte('FORWARD', p)},
  affected AS (SELECT lot_id, min(depth) AS depth FROM walk_forward WHERE depth > 0 GROUP BY lot_id)
  SELECT a.lot_id, a.depth, (SELECT sum(sb.quantity) FROM stock_balance sb WHERE sb.lot_id = a.lot_id AND ${stockScope})::text AS on_hand
  FROM affected a ORDER BY a.depth, a.lot_id`;
}

/** Every distinct downstream lot, whoever asks: what a recall takes with it. */
export const RECALL_IMPACT_SQL = recallImpactSql();

/** Distinct downstream lots still usable (released), for a hold that propagates forward. */
export const USABLE_DOWNSTREAM_SQL = `
  WITH RECURSIVE ${walkCte('FORWARD', POSITIONAL)}
  SELECT DISTINCT l.id FROM walk_forward w JOIN lot l ON l.id = w.lot_id
  WHERE w.depth > 0 AND l.status IN ('RELEASED', 'CONDITIONAL_RELEASE')
  ORDER BY l.id`;

/** The first lot upstream (any depth) that is recalled or on hold: what it was made from is in doubt. */
export const BLOCKED_UPSTREAM_SQL = `
  WITH RECURSIVE ${walkCte('BACKWARD', POSITIONAL)}
  SELECT l.lot_number, l.status FROM walk_backward w JOIN lot l ON l.id = w.lot_id
  WHERE w.depth > 0 AND l.status IN ('RECALLED', 'ON_HOLD')
  ORDER BY w.depth, l.lot_number LIMIT 1`;
