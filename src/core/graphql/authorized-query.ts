import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../context';
import { assertCan, rowScope } from '../authz/guard';
import type { SubjectType } from '../authz/subjects';

/** How a subject maps onto its table, for row-scoped SQL. */
export interface EntitySpec<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  subject: SubjectType;
  alias: string;
  /** Rule field -> column, for every field a rule condition may use. */
  columns: Record<string, string>;
}

/** A SELECT limited to the rows the caller may read; refuses callers who may read none of the type. */
export function authorizedQuery<T extends ObjectLiteral>(ctx: RequestContext, spec: EntitySpec<T>): SelectQueryBuilder<T> {
  assertCan(ctx, 'read', spec.subject);
  const scope = rowScope(ctx, 'read', spec.subject, spec.alias, spec.columns);
  const qb = ctx.manager.createQueryBuilder(spec.entity, spec.alias);
  if (scope.sql !== 'TRUE') qb.where(scope.sql, scope.params);
  return qb;
}

/** Loads records by id in one statement, with the caller's row scope; absent or hidden ids give null. */
export async function loadByIds<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  spec: EntitySpec<T>,
  ids: readonly string[],
): Promise<(T | null)[]> {
  const rows = await authorizedQuery(ctx, spec).andWhere(`${spec.alias}.id = ANY(:ids)`, { ids: [...ids] }).getMany();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}
