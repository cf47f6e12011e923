import { getArgumentValues, getNamedType, isListType, isNonNullType, isObjectType, type FieldNode, type GraphQLField, type GraphQLObjectType } from 'graphql';
import type { RequestContext } from '../context';
import { rowScope } from '../authz/guard';
import { prefixOf } from '../ids';
import { SortDirection } from '../graphql/connection';
import { decodeCursor } from '../graphql/cursor';
import { beyond, pageRequest, type SortKey } from '../graphql/keyset';
import { sortKeyKindsOf } from '../graphql/sort-key-kinds';
import { changeWindowConditions, lifecycleColumnsOf } from '../graphql/change-window';
import { maskedOnEveryRow, readsFieldWithRow } from './field-access';
import { cursorSql, formatted, jsonObject, literal } from './json-sql';
import { NotCompiled } from './not-compiled';
import { pageInfoSql } from './page-info-sql';
import { EACH, type CompiledRead, type MaskedField, type ReadRequest } from './read-plan';
import { collectFields, subSelections, type CollectedFields, type SelectionScope } from './selection';
import { SqlParams } from './sql-params';
import type { ConnectionRoot, CustomRoot, RootSql, ToManyRelation, ToOneRelation } from './read-model';
import type { ReadRegistry, ResolvedModel } from './read-registry';

/**
 * Compiles a query operation into one SQL statement that builds the response's `data` in
 * PostgreSQL: only the selected columns, to-one relations as correlated subqueries, lists with
 * json_agg, each level under the caller's row rules, connections keyset-paginated with cursors
 * and totals as the general path computes them. Throws NotCompiled for anything it does not
 * answer byte for byte as the general path would, errors included (it answers none).
 */
export function compileRead(registry: ReadRegistry, request: ReadRequest): CompiledRead {
  return new ReadCompiler(registry, request).compile();
}

class ReadCompiler {
  private readonly params = new SqlParams();
  private readonly scope: SelectionScope;
  private readonly ctx: RequestContext;
  private aliases = 0;
  private needsSql = false;
  private readonly masks: MaskedField[] = [];
  private readonly general: string[] = [];

  constructor(
    private readonly registry: ReadRegistry,
    private readonly request: ReadRequest,
  ) {
    this.scope = { schema: registry.schema, fragments: request.fragments, variables: request.variables };
    this.ctx = request.ctx;
  }

  compile(): CompiledRead {
    const queryType = this.registry.schema.getQueryType();
    if (!queryType || this.request.operation.operation !== 'query') throw new NotCompiled('not a query');
    const pairs: string[] = [];
    const constant: Record<string, unknown> = {};
    for (const [key, nodes] of collectFields(this.scope, queryType, [this.request.operation.selectionSet])) {
      const name = nodes[0].name.value;
      let value: string;
      if (name === '__typename') {
        value = literal(queryType.name);
        constant[key] = queryType.name;
      } else if (name === 'node') {
        value = this.node(queryType.getFields().node, nodes, [key]);
        constant[key] = null;
      } else if (this.registry.customRoot(name)) {
        value = this.custom(this.registry.customRoot(name)!, queryType.getFields()[name], nodes, [key]);
      } else {
        const root = this.registry.root(name);
        if (!root) throw new NotCompiled(`root field ${name}`);
        value = this.connection(root, queryType.getFields()[name], nodes, [key]);
      }
      pairs.push(`${literal(key)}, ${value}`);
    }
    if (!this.needsSql) return { constant: JSON.stringify(constant) };
    const general = this.general.length > 0 ? `, (${this.general.join(' OR ')}) AS general` : '';
    return { sql: `SELECT ${jsonObject(pairs)}::text AS data${general}`, params: this.params.values, masks: this.masks };
  }

  private args(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    try {
      return getArgumentValues(field, node, this.request.variables);
    } catch (err) {
      throw new NotCompiled(`arguments of ${field.name}: ${(err as Error).message}`);
    }
  }

  /** Runs service code that may refuse the request (a filter on a masked field, a bad cursor): the general path then answers. */
  private guarded<T>(what: string, run: () => T): T {
    try {
      return run();
    } catch (err) {
      if (err instanceof NotCompiled) throw err;
      throw new NotCompiled(`${what}: ${(err as Error).message}`);
    }
  }

  private alias(): string {
    return `_r${++this.aliases}`;
  }

  private canRead(model: ResolvedModel): boolean {
    return this.ctx.ability.can('read', model.spec.subject);
  }

  /**
   * The caller's row rules on `alias`. In a correlated subquery they are a filter on the row
   * found by its key (`IS TRUE`, which WHERE means anyway), not an index condition: a rule such
   * as `id = ANY(the supplier's 150 materials)` would otherwise be searched again for every row.
   */
  private scopeOf(model: ResolvedModel, alias: string, correlated = false): string {
    const scope = rowScope(this.ctx, 'read', model.spec.subject, alias, model.spec.columns);
    if (scope.sql === 'TRUE') return '';
    const sql = this.params.condition(scope);
    return correlated ? ` AND (${sql}) IS TRUE` : ` AND ${sql}`;
  }

  private node(field: GraphQLField<unknown, unknown>, nodes: FieldNode[], path: MaskedField['path']): string {
    const id = this.args(field, nodes[0]).id as string;
    const prefix = prefixOf(id);
    if (!prefix || !Object.hasOwn(this.ctx.platform.nodeLoaders, prefix)) return 'NULL';
    const model = this.registry.modelOfPrefix(prefix);
    if (!model) throw new NotCompiled(`node of prefix ${prefix}`);
    // A type the caller may not read answers like an absent record.
    if (!this.canRead(model)) return 'NULL';
    this.needsSql = true;
    const alias = this.alias();
    const object = this.object(model, alias, collectFields(this.scope, model.objectType, subSelections(nodes)), path);
    return `(SELECT ${object} FROM ${model.table} ${alias} WHERE ${alias}.id = ${this.params.add(id)}${this.scopeOf(model, alias)})`;
  }

  /** A row of `model` (under `alias`) as the JSON object of the selected fields. */
  private object(model: ResolvedModel, alias: string, fields: CollectedFields, path: MaskedField['path']): string {
    const pairs: string[] = [];
    for (const [key, nodes] of fields) {
      const name = nodes[0].name.value;
      if (name === '__typename') {
        pairs.push(`${literal(key)}, ${literal(model.type)}`);
        continue;
      }
      if (!readsFieldWithRow(this.ctx.ability, model.spec.subject, name)) {
        pairs.push(`${literal(key)}, ${this.masked(model, name, nodes, [...path, key])}`);
        continue;
      }
      const column = model.columns.get(name);
      const relation = model.relations[name];
      const computed = model.computed?.[name];
      if (column) pairs.push(`${literal(key)}, ${formatted(alias, column)}`);
      else if (computed) pairs.push(`${literal(key)}, ${this.params.condition(computed(alias))}`);
      else if (relation) pairs.push(`${literal(key)}, ${this.relation(model, alias, name, nodes, relation, [...path, key])}`);
      else throw new NotCompiled(`${model.type}.${name} is neither a column, a computed field nor a declared relation`);
    }
    return jsonObject(pairs);
  }

  /** A field the caller may read on no row: NULL, and an error wherever the response holds it. */
  private masked(model: ResolvedModel, name: string, nodes: FieldNode[], path: MaskedField['path']): string {
    const field = model.objectType.getFields()[name];
    // A field that depends on the row, or a non-null one (its null would take its parent with it), is the general path's.
    if (maskedOnEveryRow(this.ctx.ability, model.spec.subject, name) !== true || !field || isNonNullType(field.type)) {
      throw new NotCompiled(`${model.type}.${name} is masked`);
    }
    const locations = nodes.map((n) => ({ line: n.loc?.startToken.line ?? 0, column: n.loc?.startToken.column ?? 0 }));
    this.masks.push({ path, message: `Not allowed to read ${model.type}.${name}`, locations });
    return 'NULL';
  }

  private relation(model: ResolvedModel, alias: string, name: string, nodes: FieldNode[], relation: ToOneRelation | ToManyRelation, path: MaskedField['path']): string {
    const field = model.objectType.getFields()[name];
    const target = this.registry.model(relation.type)!;
    // The general path answers null with FORBIDDEN here.
    if (!this.canRead(target)) throw new NotCompiled(`${relation.type} is not readable`);
    const args = this.args(field, nodes[0]);
    const inner = this.alias();
    const object = this.object(target, inner, collectFields(this.scope, target.objectType, subSelections(nodes)), relation.kind === 'one' ? path : [...path, EACH]);
    const scope = this.scopeOf(target, inner, true);
    if (relation.kind === 'one') {
      // A row outside the caller's scope reads as null, which only a nullable field can answer.
      if (isNonNullType(field.type)) throw new NotCompiled(`${model.type}.${name} is non-null`);
      const key = model.metadata.findColumnWithPropertyName(relation.key)!.databaseName;
      return `(SELECT ${object} FROM ${target.table} ${inner} WHERE ${inner}.id = ${alias}.${key}${scope})`;
    }
    if (!isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) throw new NotCompiled(`${model.type}.${name} is not a list`);
    const column = (property: string) => `${inner}.${target.metadata.findColumnWithPropertyName(property)!.databaseName}`;
    const conditions: string[] = [];
    for (const [arg, value] of Object.entries(args)) {
      if (value === null || value === undefined) continue;
      const condition = relation.args?.[arg];
      if (!condition) throw new NotCompiled(`argument ${arg} of ${model.type}.${name}`);
      conditions.push(` AND ${this.params.condition(condition(inner, value as never))}`);
    }
    const order = relation.order.map((o) => `${column(o.property)} ${o.direction}`).join(', ');
    return `coalesce((SELECT json_agg(${object} ORDER BY ${order}) FROM ${target.table} ${inner} ` + `WHERE ${column(relation.parentKey)} = ${alias}.id${scope}${conditions.join('')}), '[]'::json)`;
  }

  /** A root its module compiles, over the compiler's placeholders, row rules and model rows. */
  private custom(root: CustomRoot, field: GraphQLField<unknown, unknown>, nodes: FieldNode[], path: MaskedField['path']): string {
    const model = (type: string) => {
      const found = this.registry.model(type);
      if (!found) throw new NotCompiled(`${type} has no read model`);
      if (!this.canRead(found)) throw new NotCompiled(`${type} is not readable`);
      return found;
    };
    const api: RootSql = {
      sql: (fragment) => this.params.condition(fragment),
      param: (value) => this.params.add(value),
      table: (type) => model(type).table,
      scope: (type, alias) => rowScope(this.ctx, 'read', model(type).spec.subject, alias, model(type).spec.columns),
      fields: (typeName, fieldNodes) => {
        const type = this.registry.schema.getType(typeName);
        if (!isObjectType(type)) throw new NotCompiled(`${typeName} is not an object type`);
        return [...collectFields(this.scope, type, subSelections([...fieldNodes]))];
      },
      row: (type, alias, fieldNodes, at) => this.object(model(type), alias, collectFields(this.scope, model(type).objectType, subSelections([...fieldNodes])), at as MaskedField['path']),
    };
    this.needsSql = true;
    const out = root.compile(api, this.args(field, nodes[0]), nodes, path as (string | symbol)[]);
    if (out.general) this.general.push(out.general);
    return out.value;
  }

  /** A root connection: the page in one CTE (LIMIT n+1), edges, pageInfo and totalCount read from it as selected. */
  private connection(root: ConnectionRoot, field: GraphQLField<unknown, unknown>, nodes: FieldNode[], path: MaskedField['path']): string {
    const model = this.registry.model(root.type)!;
    if (!this.canRead(model)) throw new NotCompiled(`${root.type} is not readable`);
    this.needsSql = true;
    const connectionType = getNamedType(field.type) as GraphQLObjectType;
    const args = this.args(field, nodes[0]);
    const alias = model.spec.alias;
    const { limit, backward } = this.guarded('page size', () => pageRequest(args));
    const filter = args.filter as Parameters<typeof changeWindowConditions>[0];
    const conditions = this.guarded('filter', () => [...root.conditions(this.ctx, args), ...changeWindowConditions(filter, root.changeColumns ?? lifecycleColumnsOf(alias, model.metadata), alias)]);
    const keys = this.guarded('ordering', () => root.sortKeys(this.ctx, args)) as SortKey<unknown>[];
    const kinds = sortKeyKindsOf(
      (a) => (a === alias ? model.metadata : undefined),
      keys.map((k) => k.column),
    );
    const where = ['TRUE', ...conditions.map((c) => this.params.condition(c))].join(' AND ') + this.scopeOf(model, alias);
    let pageWhere = where;
    for (const [argName, forward] of [
      ['after', true],
      ['before', false],
    ] as const) {
      const cursor = args[argName] as string | undefined;
      if (!cursor) continue;
      const values = this.guarded('cursor', () => decodeCursor(cursor, kinds, argName));
      pageWhere += ` AND ${this.params.condition(beyond(keys, values, forward, `${argName}_`))}`;
    }
    const order = keys.map((k) => `${k.column} ${(k.direction === SortDirection.ASC) !== backward ? 'ASC' : 'DESC'}`).join(', ');
    const lim = this.params.add(limit);
    const page = `_p${++this.aliases}`;
    const pageColumns: string[] = [];
    let usesPage = false;
    let cursorColumn: string | undefined;
    const cursor = (): string => {
      if (!cursorColumn) {
        cursorColumn = 'c';
        pageColumns.push(`${cursorSql(keys, kinds)} AS c`);
      }
      return cursorColumn;
    };
    const inPage = `FROM ${page} p WHERE p.rn <= ${lim}`;
    const firstOrLast = (last: boolean) => `(SELECT p.${cursor()} ${inPage} ORDER BY p.rn${last ? ' DESC' : ''} LIMIT 1)`;
    const more = `((SELECT count(*) FROM ${page}) > ${lim})`;

    const pairs: string[] = [];
    for (const [key, fieldNodes] of collectFields(this.scope, connectionType, subSelections(nodes))) {
      const name = fieldNodes[0].name.value;
      const type = getNamedType(connectionType.getFields()[name]?.type);
      if (name === '__typename') {
        pairs.push(`${literal(key)}, ${literal(connectionType.name)}`);
      } else if (name === 'totalCount') {
        pairs.push(`${literal(key)}, (SELECT count(*) FROM ${model.table} ${alias} WHERE ${where})`);
      } else if (name === 'edges' && isObjectType(type)) {
        usesPage = true;
        const edgePairs: string[] = [];
        for (const [edgeKey, edgeNodes] of collectFields(this.scope, type, subSelections(fieldNodes))) {
          const edgeField = edgeNodes[0].name.value;
          if (edgeField === '__typename') edgePairs.push(`${literal(edgeKey)}, ${literal(type.name)}`);
          else if (edgeField === 'cursor') edgePairs.push(`${literal(edgeKey)}, p.${cursor()}`);
          else if (edgeField === 'node') {
            const column = `n${pageColumns.length}`;
            const nodePath: MaskedField['path'] = [...path, key, EACH, edgeKey];
            pageColumns.push(`${this.object(model, alias, collectFields(this.scope, model.objectType, subSelections(edgeNodes)), nodePath)} AS ${column}`);
            edgePairs.push(`${literal(edgeKey)}, p.${column}`);
          } else throw new NotCompiled(`edge field ${edgeField}`);
        }
        pairs.push(`${literal(key)}, coalesce((SELECT json_agg(${jsonObject(edgePairs)} ORDER BY p.rn${backward ? ' DESC' : ''}) ${inPage}), '[]'::json)`);
      } else if (name === 'pageInfo' && isObjectType(type)) {
        usesPage = true;
        const infoPairs: string[] = [];
        for (const [infoKey, infoNodes] of collectFields(this.scope, type, subSelections(fieldNodes))) {
          const infoField = infoNodes[0].name.value;
          const value = infoField === '__typename' ? literal(type.name) : pageInfoSql(infoField, { backward, after: Boolean(args.after), before: Boolean(args.before), more, edgeCursor: firstOrLast });
          if (value === undefined) throw new NotCompiled(`pageInfo field ${infoField}`);
          infoPairs.push(`${literal(infoKey)}, ${value}`);
        }
        pairs.push(`${literal(key)}, ${jsonObject(infoPairs)}`);
      } else {
        throw new NotCompiled(`connection field ${name}`);
      }
    }
    const body = jsonObject(pairs);
    if (!usesPage) return `(SELECT ${body})`;
    // Zero rows are asked for: none is read, and none is known to follow (as on the general path).
    const fetch = this.params.add(limit === 0 ? 0 : limit + 1);
    const columns = [...pageColumns, `row_number() OVER (ORDER BY ${order}) AS rn`].join(', ');
    // The page's rows are chosen first (only plain columns, which PostgreSQL prunes to those used
    // outside), and the JSON is built for those n+1 rows only, whatever plan orders them.
    const rows = `(SELECT ${alias}.* FROM ${model.table} ${alias} WHERE ${pageWhere} ORDER BY ${order} LIMIT ${fetch}) ${alias}`;
    return `(WITH ${page} AS (SELECT ${columns} FROM ${rows}) SELECT ${body})`;
  }
}
