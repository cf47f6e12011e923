import type { FieldNode } from 'graphql';
import type { RequestContext } from '../context';
import type { EntitySpec } from '../graphql/authorized-query';
import type { SqlCondition } from '../authz/rules-to-sql';
import type { SortKey } from '../graphql/keyset';
import type { ChangeColumns } from '../graphql/change-window';
import type { SortDirection } from '../graphql/connection';

/** A field whose value is one row of another type, found by the id this row holds. */
export interface ToOneRelation {
  kind: 'one';
  /** The GraphQL type of the related row; it has a ReadModel of its own. */
  type: string;
  /** The property of this row's entity holding the related row's id. */
  key: string;
}

/** A field whose value is the rows of another type that hold this row's id, in a fixed order. */
export interface ToManyRelation {
  kind: 'many';
  type: string;
  /** The property of the related entity holding this row's id. */
  parentKey: string;
  /** Properties of the related entity, in precedence order (the last must be unique). */
  order: { property: string; direction: SortDirection }[];
  /** The field's arguments, each a condition on the related rows (aliased `alias`). */
  args?: Record<string, (alias: string, value: never) => SqlCondition>;
}

export type ReadRelation = ToOneRelation | ToManyRelation;

/**
 * How the compiled read path reads one GraphQL type: its table and row rules (the EntitySpec
 * its loaders use), its id prefix for `node`, and the fields that are relations. Every other
 * field whose name is a column property of the entity, and which has no resolver of its own, is
 * read from that column; a field neither explains sends the request to the general path.
 */
export interface ReadModel {
  type: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec: EntitySpec<any>;
  idPrefix?: string;
  relations?: Record<string, ReadRelation>;
  /**
   * Fields computed from the row (an equipment's status as of today): each an SQL expression over
   * the alias whose JSON value is the field's, with named parameters. A parameter may depend on
   * today's date, which is part of every plan's key.
   */
  computed?: Record<string, (alias: string) => SqlCondition>;
}

/**
 * A root list (a `Query` field returning a connection): the same filter conditions and sort keys
 * its service applies on the general path, so both paths list the same rows in the same order.
 * Either function may throw a GraphQL error (a refused filter, a bad value): the request then
 * takes the general path, which answers it.
 */
export interface ConnectionRoot {
  field: string;
  type: string;
  conditions(ctx: RequestContext, args: Record<string, unknown>): SqlCondition[];
  /** Only each key's SQL expression and direction are read here; the cursor is built in SQL. */
  sortKeys(ctx: RequestContext, args: Record<string, unknown>): Pick<SortKey<never>, 'column' | 'direction'>[];
  /** For lists whose entity has no lifecycle columns. */
  changeColumns?: ChangeColumns;
}

/**
 * What the compiler offers a root whose rows come from a module's own statement (a recursive
 * walk, say) rather than from one table: placeholders in the statement's numbering, the caller's
 * row rules, and the JSON of a read model's row with the fields a selection asks for (masks
 * included), so the module writes only the SQL of its own rows.
 */
export interface RootSql {
  /** A fragment with TypeORM-style named parameters, renumbered into the statement. */
  sql(fragment: SqlCondition): string;
  param(value: unknown): string;
  /** The caller's read rules on a read model's rows under `alias`; NotCompiled when it may read none of the type. */
  scope(type: string, alias: string): SqlCondition;
  /** The table of read model `type` (its module's, named through its declaration). */
  table(type: string): string;
  /** The selected fields of an object field (fragments, @skip/@include applied), by response key. */
  fields(typeName: string, nodes: readonly FieldNode[]): [string, FieldNode[]][];
  /** A row of read model `type` under `alias`, as the JSON object of the fields `nodes` select; `path` is where it sits in the response. */
  row(type: string, alias: string, nodes: readonly FieldNode[], path: (string | symbol)[]): string;
}

/**
 * A root field compiled by its module. `value` is the field's JSON; when `general` (an SQL
 * condition) is true, the request is answered on the general path instead (a record that is not
 * there, whose error only the services write). Throw NotCompiled for anything not covered.
 */
export interface CustomRoot {
  field: string;
  compile(sql: RootSql, args: Record<string, unknown>, nodes: readonly FieldNode[], path: (string | symbol)[]): { value: string; general?: string };
}
