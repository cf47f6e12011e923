import { rulesToAST } from '@casl/ability/extra';
import type { Condition, CompoundCondition, FieldCondition } from '@ucast/mongo2js';
import type { AppAbility } from './rule-builder';
import type { Action, SubjectType } from './subjects';

/** A SQL boolean expression with positional-free named parameters (TypeORM `:name` style). */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

export const SQL_FALSE: SqlCondition = { sql: 'FALSE', params: {} };

/**
 * Translates the caller's CASL rules for `action` on `subject` into a SQL condition, so that
 * lists, totalCount and node lookups all see the same rows. `column` maps a rule field to a
 * qualified SQL column; unknown fields or operators fail loudly rather than leak rows.
 */
export function rulesToSql(ability: AppAbility, action: Action, subject: SubjectType, column: (field: string) => string): SqlCondition {
  const ast = rulesToAST(ability, action, subject);
  if (ast === null) return SQL_FALSE;
  const params: Record<string, unknown> = {};
  let n = 0;
  const param = (value: unknown): string => {
    const name = `authz_${subject}_${n++}`;
    params[name] = value;
    return `:${name}`;
  };
  const visit = (node: Condition): string => {
    if ('field' in node && typeof (node as FieldCondition).field === 'string') {
      return fieldSql(node as FieldCondition, column, param);
    }
    const compound = node as CompoundCondition;
    const parts = (compound.value as Condition[]).map(visit);
    switch (compound.operator) {
      case 'and':
        return parts.length === 0 ? 'TRUE' : `(${parts.join(' AND ')})`;
      case 'or':
        return parts.length === 0 ? 'FALSE' : `(${parts.join(' OR ')})`;
      case 'not':
        // A condition on a NULL field is unknown in SQL but false in CASL: negated, it must be true.
        return `(NOT coalesce(${parts[0]}, FALSE))`;
      default:
        throw new Error(`rulesToSql: unsupported compound operator ${compound.operator}`);
    }
  };
  return { sql: visit(ast), params };
}

function fieldSql(node: FieldCondition, column: (f: string) => string, param: (v: unknown) => string): string {
  const col = column(node.field);
  switch (node.operator) {
    case 'eq':
      return node.value === null ? `${col} IS NULL` : `${col} = ${param(node.value)}`;
    case 'ne':
      return node.value === null ? `${col} IS NOT NULL` : `${col} IS DISTINCT FROM ${param(node.value)}`;
    case 'in':
      return `${col} = ANY(${param(node.value)})`;
    case 'nin':
      // NULL is in no list (as in CASL), so a row whose field is NULL passes.
      return `NOT coalesce(${col} = ANY(${param(node.value)}), FALSE)`;
    case 'lt':
      return `${col} < ${param(node.value)}`;
    case 'lte':
      return `${col} <= ${param(node.value)}`;
    case 'gt':
      return `${col} > ${param(node.value)}`;
    case 'gte':
      return `${col} >= ${param(node.value)}`;
    default:
      throw new Error(`rulesToSql: unsupported operator ${node.operator} on ${node.field}`);
  }
}
