import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SortDirection, type ConnectionArgs, type Connection, type Edge, type PageInfo } from './connection';
import { decodeCursor, encodeCursor, type CursorKind, type CursorValue } from './cursor';
import { sortKeyKinds } from './sort-key-kinds';
import { validationFailed } from './errors';
import { limitExceeded } from './request-limits';
import { applyChangeWindow, type ChangeColumns, type ChangeWindowFilter } from './change-window';

/** One ordering key: the SQL expression, how to read it off a row, and its direction. */
export interface SortKey<T> {
  column: string;
  value: (row: T) => CursorValue | Date;
  direction: SortDirection;
}

/** Validates first/last and returns the page size and direction. */
export function pageRequest(args: ConnectionArgs): { limit: number; backward: boolean } {
  for (const name of ['first', 'last'] as const) {
    const n = args[name];
    if (n !== undefined && n !== null && (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE)) {
      throw limitExceeded(`"${name}" must be between 0 and ${MAX_PAGE_SIZE} (maxPageSize)`, 'VALIDATION_FAILED', 'maxPageSize', { field: name });
    }
  }
  if (args.first != null && args.last != null) throw validationFailed('Give "first" or "last", not both', 'last');
  const backward = args.last != null && args.first == null;
  return { limit: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE, backward };
}

function cursorOf<T>(row: T, keys: SortKey<T>[]): string {
  return encodeCursor(
    keys.map((k) => {
      const v = k.value(row);
      return v instanceof Date ? v.toISOString() : v;
    }),
  );
}

/**
 * (k0, k1, ...) strictly beyond the cursor in the given directions, expanded into
 * OR-of-ANDs so that mixed ASC/DESC orderings work; the last key (id) breaks ties.
 */
export function beyond<T>(keys: SortKey<T>[], values: CursorValue[], forward: boolean, prefix: string): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const ors: string[] = [];
  keys.forEach((key, i) => {
    const ands: string[] = [];
    for (let j = 0; j < i; j++) {
      params[`${prefix}${j}`] = values[j];
      ands.push(`${keys[j].column} = :${prefix}${j}`);
    }
    const ascending = (key.direction === SortDirection.ASC) === forward;
    params[`${prefix}${i}`] = values[i];
    ands.push(`${key.column} ${ascending ? '>' : '<'} :${prefix}${i}`);
    ors.push(`(${ands.join(' AND ')})`);
  });
  return { sql: `(${ors.join(' OR ')})`, params };
}

/** Restricts a query to the rows after/before the given cursors, whose values must fit the keys' SQL types. */
export function applyCursors<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, args: ConnectionArgs, keys: SortKey<T>[]): void {
  // Derived even without a cursor, so a key of a type cursors cannot carry fails every test of its list.
  const kinds: CursorKind[] = sortKeyKinds(
    qb,
    keys.map((k) => k.column),
  );
  if (args.after) {
    const b = beyond(keys, decodeCursor(args.after, kinds, 'after'), true, 'after_');
    qb.andWhere(b.sql, b.params);
  }
  if (args.before) {
    const b = beyond(keys, decodeCursor(args.before, kinds, 'before'), false, 'before_');
    qb.andWhere(b.sql, b.params);
  }
}

/** Edges and pageInfo from up to limit + 1 rows fetched in page direction. */
export function pageOf<T>(rows: T[], keys: SortKey<T>[], args: ConnectionArgs, limit: number, backward: boolean): { edges: Edge<T>[]; pageInfo: PageInfo } {
  const more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  if (backward) pageRows.reverse();
  const edges = pageRows.map((node) => ({ node, cursor: cursorOf(node, keys) }));
  return {
    edges,
    pageInfo: {
      // Records are never deleted, so a cursor we issued always has a row on its other side.
      hasNextPage: backward ? Boolean(args.before) : more,
      hasPreviousPage: backward ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * Keyset-paginates a filtered, authorized query. `keys` must end with a unique key (the id).
 * The filter's createdAt/updatedAt windows apply to the entity's lifecycle columns, or to
 * `changeColumns` for a table without them.
 * One statement for the page; totalCount is a second statement, run only if selected.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  keys: SortKey<T>[],
  filter?: ChangeWindowFilter | null,
  changeColumns?: ChangeColumns,
): Promise<Connection<T>> {
  const { limit, backward } = pageRequest(args);
  applyChangeWindow(qb, filter, changeColumns);
  const countQuery = qb.clone();
  const page = qb.clone();
  applyCursors(page, args, keys);
  keys.forEach((k, i) => {
    const dir = (k.direction === SortDirection.ASC) !== backward ? 'ASC' : 'DESC';
    if (i === 0) page.orderBy(k.column, dir);
    else page.addOrderBy(k.column, dir);
  });
  const rows = limit === 0 ? [] : await page.limit(limit + 1).getMany();
  const { edges, pageInfo } = pageOf(rows, keys, args, limit, backward);
  let count: Promise<number> | undefined;
  return {
    edges,
    pageInfo,
    get totalCount() {
      count ??= countQuery.orderBy().getCount();
      return count;
    },
  };
}
