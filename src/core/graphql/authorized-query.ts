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
export async function loadByIds<T extends ObjectLiteral & { id: string }>(ctx: RequestContext, spec: EntitySpec<T>, ids: readonly string[]): Promise<(T | null)[]> {
  const rows = await authorizedQuery(ctx, spec)
    .andWhere(`${spec.alias}.id = ANY(:ids)`, { ids: [...ids] })
    .getMany();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Records read only as part of a parent (order lines, readings, deliveries): the parent's row scope decides. */
export interface ChildSpec<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  alias: string;
  /** The column holding the parent's id. */
  parentColumn: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  parent: EntitySpec<any>;
  /** Set when the child is a subject of its own, which the caller must also be allowed to read. */
  subject?: SubjectType;
}

/** Loads child records by id in one statement, joined to their parents under the parents' row scope. */
export async function loadChildrenByIds<T extends ObjectLiteral & { id: string }>(ctx: RequestContext, spec: ChildSpec<T>, ids: readonly string[]): Promise<(T | null)[]> {
  const { parent } = spec;
  assertCan(ctx, 'read', parent.subject);
  if (spec.subject) assertCan(ctx, 'read', spec.subject);
  const scope = rowScope(ctx, 'read', parent.subject, parent.alias, parent.columns);
  const qb = ctx.manager
    .createQueryBuilder(spec.entity, spec.alias)
    .innerJoin(parent.entity as never, parent.alias, `${parent.alias}.id = ${spec.alias}.${spec.parentColumn}`)
    .where(`${spec.alias}.id = ANY(:ids)`, { ids: [...ids] });
  if (scope.sql !== 'TRUE') qb.andWhere(scope.sql, scope.params);
  const byId = new Map((await qb.getMany()).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}
