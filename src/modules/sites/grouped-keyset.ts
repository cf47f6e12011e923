import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SortDirection, type Connection, type ConnectionArgs, type PageInfo } from '../../core/graphql/connection';
import { decodeCursor, encodeCursor, type CursorValue } from '../../core/graphql/cursor';
import { validationFailed } from '../../core/graphql/errors';
import type { SortKey } from '../../core/graphql/keyset';

/**
 * A timestamptz sort column as cursors can carry it. Postgres keeps microseconds, a cursor's
 * ISO string milliseconds: `created_at > cursor` would match the cursor's own row again and
 * repeat it on the next page. Ordering and comparing on the millisecond value (the id breaks
 * ties within one millisecond) keeps pages exact.
 */
export function atCursorPrecision(column: string): string {
  return `date_trunc('milliseconds', ${column})`;
}

/** The relation's grouping: the SQL column, how to read it off a row, and the parents asked for. */
export interface Grouping<T> {
  column: string;
  of: (row: T) => string;
  ids: readonly string[];
}

function pageSize(args: ConnectionArgs): number {
  for (const name of ['first', 'last'] as const) {
    const n = args[name];
    if (n != null && (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE)) throw validationFailed(`"${name}" must be between 0 and ${MAX_PAGE_SIZE}`, name);
  }
  if (args.first != null && args.last != null) throw validationFailed('Give "first" or "last", not both', 'last');
  return args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
}

/** Rows strictly beyond the cursor, nested as `k0 > v0 OR (k0 = v0 AND (k1 > v1 OR ...))`. */
function pastCursor<T>(keys: SortKey<T>[], cursor: string, argName: 'after' | 'before'): { sql: string; params: Record<string, CursorValue> } {
  const values = decodeCursor(cursor, keys.length, argName);
  const params: Record<string, CursorValue> = {};
  let sql = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const name = `grp_${argName}_${i}`;
    params[name] = values[i];
    const op = (keys[i].direction === SortDirection.ASC) === (argName === 'after') ? '>' : '<';
    const strict = `${keys[i].column} ${op} :${name}`;
    sql = sql === '' ? strict : `(${strict} OR (${keys[i].column} = :${name} AND ${sql}))`;
  }
  return { sql, params };
}

function cursorOf<T>(row: T, keys: SortKey<T>[]): string {
  return encodeCursor(keys.map((k) => {
    const v = k.value(row);
    return v instanceof Date ? v.toISOString() : v;
  }));
}

/**
 * `paginate` for a one-to-many relation under a page of parents (a site's locations under a
 * page of sites): one keyset page per parent in ONE statement, using row_number() over a
 * partition by the parent, so the statement count does not grow with the parent page. The
 * totals of all parents are one more statement, run only if a totalCount is selected.
 * Cursors and pageInfo follow `paginate`. Generic: it belongs next to `paginate` in
 * core/graphql/keyset.ts once core takes it.
 */
export async function paginatePerGroup<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  group: Grouping<T>,
  args: ConnectionArgs,
  keys: SortKey<T>[],
): Promise<Connection<T>[]> {
  const limit = pageSize(args);
  const backward = args.last != null && args.first == null;
  const alias = qb.alias;
  const scoped = qb.clone().andWhere(`${group.column} = ANY(:grp_ids)`, { grp_ids: [...group.ids] });
  const ranked = scoped.clone();
  for (const argName of ['after', 'before'] as const) {
    const cursor = args[argName];
    if (cursor) {
      const past = pastCursor(keys, cursor, argName);
      ranked.andWhere(past.sql, past.params);
    }
  }
  const order = keys.map((k) => `${k.column} ${(k.direction === SortDirection.ASC) !== backward ? 'ASC' : 'DESC'}`).join(', ');
  ranked.select(`${alias}.id`, 'id').addSelect(`row_number() OVER (PARTITION BY ${group.column} ORDER BY ${order})`, 'rn');
  const rows = limit === 0 ? [] : await qb.clone()
    .innerJoin(`(${ranked.getQuery()})`, 'grp_page', `grp_page.id = ${alias}.id`)
    .where('grp_page.rn <= :grp_limit', { ...ranked.getParameters(), grp_limit: limit + 1 })
    .orderBy(group.column)
    .addOrderBy('grp_page.rn')
    .getMany();

  const byGroup = new Map<string, T[]>(group.ids.map((id) => [id, []]));
  for (const row of rows) byGroup.get(group.of(row))?.push(row);
  let totals: Promise<Map<string, number>> | undefined;
  const countAll = async () => {
    const counts = await scoped.clone().select(group.column, 'grp').addSelect('count(*)::int', 'n').groupBy(group.column).orderBy().getRawMany<{ grp: string; n: number }>();
    return new Map(counts.map((c) => [c.grp, c.n]));
  };
  return group.ids.map((id) => {
    const groupRows = byGroup.get(id) ?? [];
    const more = groupRows.length > limit;
    const pageRows = groupRows.slice(0, limit);
    if (backward) pageRows.reverse();
    const edges = pageRows.map((node) => ({ node, cursor: cursorOf(node, keys) }));
    const pageInfo: PageInfo = {
      hasNextPage: backward ? Boolean(args.before) : more,
      hasPreviousPage: backward ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    };
    return {
      edges,
      pageInfo,
      get totalCount() {
        totals ??= countAll();
        return totals.then((m) => m.get(id) ?? 0);
      },
    };
  });
}
