import type { RequestContext } from '../context';
import { assertCanReadFields } from '../authz/guard';
import type { SubjectType } from '../authz/subjects';
import type { SortDirection } from './connection';
import type { CursorValue } from './cursor';
import type { SortKey } from './keyset';

export interface OrderInput<F extends string> {
  field: F;
  direction: SortDirection;
}

/** An orderable GraphQL field: its SQL column and the entity property the cursor reads. */
export interface OrderColumn<T> {
  column: string;
  property: keyof T & string;
  /** The cursor value when it is not simply the property (e.g. a coalesced column). */
  value?: (row: T) => CursorValue;
}

/**
 * Turns `orderBy` into keyset sort keys (falling back to `fallback`), refusing ordering by a
 * field the caller may not read, and appending the id as the unique tie-breaker.
 */
export function sortKeys<T extends { id: string }, F extends string>(
  ctx: RequestContext,
  subject: SubjectType,
  orderBy: OrderInput<F>[] | undefined,
  columns: Record<F, OrderColumn<T>>,
  fallback: OrderInput<F>,
  idColumn: string,
): SortKey<T>[] {
  const order = orderBy && orderBy.length > 0 ? orderBy : [fallback];
  assertCanReadFields(
    ctx,
    subject,
    order.map((o) => columns[o.field].property),
    'sort',
  );
  const keys: SortKey<T>[] = order.map((o) => {
    const { column, property, value } = columns[o.field];
    return { column, direction: o.direction, value: value ?? ((row: T) => row[property] as CursorValue | Date) };
  });
  keys.push({ column: idColumn, direction: order[order.length - 1].direction, value: (row) => row.id });
  return keys;
}
