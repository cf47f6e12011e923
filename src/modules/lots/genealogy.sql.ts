/** Genealogy walks never go deeper than this. */
export const MAX_GENEALOGY_DEPTH = 25;

/**
 * One recursive statement per direction: walks genealogy edges from the root up to a depth
 * bound, never revisiting a lot already on the current path (cycle guard).
 */
export function walkSql(direction: 'BACKWARD' | 'FORWARD'): string {
  const [next, here] = direction === 'BACKWARD' ? ['parent_lot_id', 'child_lot_id'] : ['child_lot_id', 'parent_lot_id'];
  return `
    SELECT e.${next} AS lot_id, w.lot_id AS from_lot_id, w.depth + 1 AS depth, e.quantity, w.path || e.${next} AS path
    FROM walk_${direction.toLowerCase()} w
    JOIN genealogy_edge e ON e.${here} = w.lot_id
    WHERE w.depth < $2 AND NOT (e.${next} = ANY(w.path))`;
}

export function traceSql(directions: ('BACKWARD' | 'FORWARD')[]): string {
  const ctes = directions.map((d) => `
    walk_${d.toLowerCase()}(lot_id, from_lot_id, depth, quantity, path) AS (
      SELECT $1::text, NULL::text, 0, NULL::numeric, ARRAY[$1::text]
      UNION ALL ${walkSql(d)}
    )`);
  const selects = directions.map((d) => `SELECT '${d}' AS direction, lot_id, from_lot_id, depth, quantity::text AS quantity FROM walk_${d.toLowerCase()} WHERE depth > 0`);
  return `WITH RECURSIVE ${ctes.join(',')} ${selects.join(' UNION ALL ')} ORDER BY direction, depth, from_lot_id, lot_id`;
}

/** Every distinct downstream lot with its nearest depth and the stock still on hand. */
export const RECALL_IMPACT_SQL = `
  WITH RECURSIVE walk_forward(lot_id, from_lot_id, depth, quantity, path) AS (
    SELECT $1::text, NULL::text, 0, NULL::numeric, ARRAY[$1::text]
    UNION ALL ${walkSql('FORWARD')}
  ),
  affected AS (SELECT lot_id, min(depth) AS depth FROM walk_forward WHERE depth > 0 GROUP BY lot_id)
  SELECT a.lot_id, a.depth, coalesce((SELECT sum(quantity) FROM stock_balance sb WHERE sb.lot_id = a.lot_id), 0)::text AS on_hand
  FROM affected a ORDER BY a.depth, a.lot_id`;

/** Distinct downstream lots still usable (released), for a hold that propagates forward. */
export const USABLE_DOWNSTREAM_SQL = `
  WITH RECURSIVE walk_forward(lot_id, from_lot_id, depth, quantity, path) AS (
    SELECT $1::text, NULL::text, 0, NULL::numeric, ARRAY[$1::text]
    UNION ALL ${walkSql('FORWARD')}
  )
  SELECT DISTINCT l.id FROM walk_forward w JOIN lot l ON l.id = w.lot_id
  WHERE w.depth > 0 AND l.status IN ('RELEASED', 'CONDITIONAL_RELEASE')
  ORDER BY l.id`;

/** The first lot upstream (any depth) that is recalled or on hold: what it was made from is in doubt. */
export const BLOCKED_UPSTREAM_SQL = `
  WITH RECURSIVE walk_backward(lot_id, from_lot_id, depth, quantity, path) AS (
    SELECT $1::text, NULL::text, 0, NULL::numeric, ARRAY[$1::text]
    UNION ALL ${walkSql('BACKWARD')}
  )
  SELECT l.lot_number, l.status FROM walk_backward w JOIN lot l ON l.id = w.lot_id
  WHERE w.depth > 0 AND l.status IN ('RECALLED', 'ON_HOLD')
  ORDER BY w.depth, l.lot_number LIMIT 1`;
