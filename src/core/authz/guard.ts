import { subject as asSubject } from '@casl/ability';
import type { RequestContext } from '../context';
import { forbidden } from '../graphql/errors';
import type { AppAbility } from './rule-builder';
import { rulesToSql, type SqlCondition } from './rules-to-sql';
import type { Action, SubjectType } from './subjects';

/** Type-level check for a query or mutation: refuse with FORBIDDEN unless some rule allows. */
export function assertCan(ctx: RequestContext, action: Action, subject: SubjectType): void {
  if (!ctx.ability.can(action, subject)) {
    throw forbidden(ctx.principal.kind === 'anonymous' ? `Authentication required to ${action} ${subject}` : `Not allowed to ${action} ${subject}`);
  }
}

/** Row-level check against a loaded record. */
export function canOn(ctx: RequestContext, action: Action, subject: SubjectType, record: object): boolean {
  return ctx.ability.can(action, asSubject(subject, { ...record }) as never);
}

const fieldRuleCache = new WeakMap<AppAbility, Map<string, boolean>>();

/** Whether any rule of the caller restricts fields of this type (fast path for the field guard). */
export function hasFieldRules(ability: AppAbility, subject: string): boolean {
  let perType = fieldRuleCache.get(ability);
  if (!perType) fieldRuleCache.set(ability, (perType = new Map()));
  let result = perType.get(subject);
  if (result === undefined) {
    result = ability.possibleRulesFor('read', subject as SubjectType).some((r) => r.fields !== undefined);
    perType.set(subject, result);
  }
  return result;
}

/** Filtering or sorting on a field the caller may not read would leak it; refuse. */
export function assertCanReadFields(ctx: RequestContext, subject: SubjectType, fields: string[], use: 'filter' | 'sort'): void {
  for (const field of fields) {
    if (!ctx.ability.can('read', subject, field)) {
      throw forbidden(`Not allowed to ${use} ${subject} by ${field}`);
    }
  }
}

/** The caller's row scope for `subject` as SQL, with rule fields mapped to columns of `alias`. */
export function rowScope(ctx: RequestContext, action: Action, subject: SubjectType, alias: string, columns: Record<string, string>): SqlCondition {
  return rulesToSql(ctx.ability, action, subject, (field) => {
    const column = columns[field];
    if (!column) throw new Error(`No column mapping for ${subject}.${field} in row scope`);
    return `${alias}.${column}`;
  });
}
