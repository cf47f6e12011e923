import type { RequestContext } from '../../core/context';
import { assertCan, rowScope } from '../../core/authz/guard';
import type { SqlCondition } from '../../core/authz/rules-to-sql';
import type { SubjectType } from '../../core/authz/subjects';

/** Refuses callers who may not read quality analytics at all (FORBIDDEN). */
export function assertCanReadAnalytics(ctx: RequestContext): void {
  assertCan(ctx, 'read', 'QualityAnalytics');
}

/**
 * The caller's read scope on `subject` as SQL over `alias`, with parameters renamed per alias
 * so one statement can scope several occurrences of a table (an outer row and a subquery).
 * Aggregates AND this into their WHERE: hidden rows neither count nor influence what counts.
 */
export function analyticsScope(ctx: RequestContext, subject: SubjectType, alias: string, columns: Record<string, string>): SqlCondition {
  const scope = rowScope(ctx, 'read', subject, alias, columns);
  let sql = scope.sql;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(scope.params)) {
    const renamed = `${alias}_${name}`;
    sql = sql.replace(new RegExp(`:${name}\\b`, 'g'), `:${renamed}`);
    params[renamed] = value;
  }
  return { sql, params };
}
