import DataLoader from 'dataloader';
import { Field, ID, InputType, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../context';
import { assertCanReadFields } from '../authz/guard';
import type { SqlCondition } from '../authz/rules-to-sql';
import type { SubjectType } from '../authz/subjects';
import { authorizedQuery, loadByIds, type EntitySpec } from '../graphql/authorized-query';
import { ChangeWindowFilter } from '../graphql/change-window';
import { ConnectionType, SortDirection, type Connection, type ConnectionArgs } from '../graphql/connection';
import { paginate, type SortKey } from '../graphql/keyset';
import { LifecycleFields } from '../graphql/lifecycle-fields';
import { Node } from '../graphql/node';
import type { CursorValue } from '../graphql/cursor';
import { sortKeys, type OrderColumn, type OrderInput } from '../graphql/ordering';
import type { ModuleReads } from '../reads/read-registry';
import type { ReadRelation } from '../reads/read-model';
import type { FilterKind } from './filter-kinds';

/** A field of the entity's GraphQL type, read from the entity property of the same name. */
export interface FieldDeclaration {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type: () => any;
  description: string;
  nullable?: boolean;
  /** The entity property it reads, when not the field's name (a computed getter). */
  property?: string;
  /** For a computed field, the same value in SQL over the alias, so the compiled read path can answer it. */
  sql?: (alias: string) => SqlCondition;
}

/** A list's one fixed order, for lists with no orderBy argument; the id breaks ties in the same direction. */
export interface FixedOrder<E> {
  property: keyof E & string;
  column: string;
  direction: SortDirection;
}

/**
 * One declaration per entity: its GraphQL type, list filters, orderings and row-rule columns.
 * From it come the object type, its connection, the filter and order inputs, the row-scoped
 * loader and list (filters and sorts on fields the caller may not read refused), `node`, and
 * the compiled read path's model and root, so both read paths answer from the same words.
 */
export interface EntityDeclaration<E extends ObjectLiteral & { id: string }> {
  /** The GraphQL type's name, also the CASL subject. */
  type: string & SubjectType;
  description: string;
  entity: ClassType<E>;
  alias: string;
  idPrefix: string;
  /** Rule field -> column, for every field a rule condition may use. */
  ruleColumns: Record<string, string>;
  /** The id's description, when it says more than "Opaque global id." */
  idDescription?: string;
  /** The type's own fields (id and the lifecycle fields come with every entity). */
  fields: Record<string, FieldDeclaration>;
  /** Fields that are other read models' rows, for the compiled read path (their resolvers serve the general path). */
  relations?: Record<string, ReadRelation>;
  list: {
    /** The root field of the list query. */
    field: string;
    filterDescription: string;
    filters: Record<string, FilterKind<never>>;
    /**
     * The order field enum's values: what each sorts by, its column (or `expression` over the
     * alias, e.g. a coalesce that sorts nulls last) and, for an expression, the cursor's value.
     * A list without it has no orderBy argument and is listed in `fixedOrder`.
     */
    orderBy?: Record<string, { property: keyof E & string; column: string; description: string; expression?: (alias: string) => string; value?: (row: E) => CursorValue }>;
    defaultOrder?: string;
    fixedOrder?: FixedOrder<E>;
    /** Ascending unless given (lots: newest first). */
    defaultDirection?: SortDirection;
    /** How the descriptions name one record and several ("customer", "customers"). */
    noun: [singular: string, plural: string];
    /** Descriptions of the order enum, the order input and its direction, where they differ from the usual words. */
    orderTexts?: { field?: string; input?: string; fieldArg?: string; direction?: string };
  };
}

type Ordering<E extends ObjectLiteral & { id: string }> = NonNullable<EntityDeclaration<E>['list']['orderBy']>[string];

/** The orderings most master data offers: by code, by name, and by when records were created and last changed. */
export function codeNameAndTimeOrderings<E extends ObjectLiteral & { id: string; code: string; name: string; createdAt: Date; updatedAt: Date }>(): Record<
  'CODE' | 'NAME' | 'CREATED_AT' | 'UPDATED_AT',
  Ordering<E>
> {
  const by = (property: keyof E & string, column: string): Ordering<E> => ({ property, column, description: `By \`${property}\`.` });
  return { CODE: by('code', 'code'), NAME: by('name', 'name'), CREATED_AT: by('createdAt', 'created_at'), UPDATED_AT: by('updatedAt', 'updated_at') };
}

export interface DeclaredEntity<E extends ObjectLiteral & { id: string }> {
  objectType: ClassType<E>;
  connection: ReturnType<typeof ConnectionType>;
  filterInput: ClassType<ChangeWindowFilter & Record<string, unknown>>;
  spec: EntitySpec<E>;
  loader(ctx: RequestContext): DataLoader<string, E | null>;
  nodeLoader(ctx: RequestContext, ids: readonly string[]): Promise<(E | null)[]>;
  conditions(ctx: RequestContext, filter: Record<string, unknown>): SqlCondition[];
  sortKeys(ctx: RequestContext, orderBy: OrderInput<string>[] | undefined): SortKey<E>[];
  list(ctx: RequestContext, args: ConnectionArgs, filter?: Record<string, unknown>, orderBy?: OrderInput<string>[]): Promise<Connection<E>>;
  reads: ModuleReads;
}

/** A declared entity whose list has an orderBy argument, with its order enum and input. */
export interface OrderedEntity<E extends ObjectLiteral & { id: string }> extends DeclaredEntity<E> {
  orderField: Record<string, string>;
  orderInput: ClassType<OrderInput<string>>;
}

type OrderedDeclaration<E extends ObjectLiteral & { id: string }> = EntityDeclaration<E> & { list: Required<Pick<EntityDeclaration<E>['list'], 'orderBy' | 'defaultOrder'>> };

/** The SQL of the fields computed from the row, by field name. */
function computedFields(fields: Record<string, FieldDeclaration>): Record<string, (alias: string) => SqlCondition> {
  return Object.fromEntries(Object.entries(fields).flatMap(([name, f]) => (f.sql ? [[name, f.sql]] : [])));
}

/** A class of the given name, for type-graphql to decorate. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function named<T extends new (...args: any[]) => object>(name: string, base: T): T {
  return { [name]: class extends base {} }[name] as T;
}

// Abstract in TypeScript, a plain class at run time: extended here by the generated classes.
const lifecycleBase = LifecycleFields as unknown as new () => LifecycleFields;
const filterBase = ChangeWindowFilter as unknown as new () => ChangeWindowFilter;

/** The `<Type>OrderField` enum and `<Type>Order` input of a list with an orderBy argument. */
function orderTypes<E extends ObjectLiteral & { id: string }>(d: EntityDeclaration<E>, orderBy: NonNullable<EntityDeclaration<E>['list']['orderBy']>) {
  const { type } = d;
  const orderField = Object.fromEntries(Object.keys(orderBy).map((k) => [k, k]));
  registerEnumType(orderField, {
    name: `${type}OrderField`,
    description: d.list.orderTexts?.field ?? `What ${d.list.noun[1]} can be sorted by; ties break on id.`,
    valuesConfig: Object.fromEntries(Object.entries(orderBy).map(([k, o]) => [k, { description: o.description }])),
  });
  const orderInput = named(`${type}Order`, class {});
  Field(() => orderField, { description: d.list.orderTexts?.fieldArg ?? 'The field to sort by.' })(orderInput.prototype, 'field');
  Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: d.list.orderTexts?.direction ?? 'Ascending unless given.' })(orderInput.prototype, 'direction');
  InputType(`${type}Order`, { description: d.list.orderTexts?.input ?? `One sort key of a ${d.list.noun[0]} list.` })(orderInput);

  return { orderField, orderInput: orderInput as unknown as ClassType<OrderInput<string>> };
}

export function declareEntity<E extends ObjectLiteral & { id: string }>(d: OrderedDeclaration<E>): OrderedEntity<E>;
export function declareEntity<E extends ObjectLiteral & { id: string }>(d: EntityDeclaration<E> & { list: { fixedOrder: FixedOrder<E> } }): DeclaredEntity<E>;
export function declareEntity<E extends ObjectLiteral & { id: string }>(d: EntityDeclaration<E>): DeclaredEntity<E> | OrderedEntity<E> {
  const { type, alias } = d;

  const objectType = named(type, lifecycleBase);
  Field(() => ID, { description: d.idDescription ?? 'Opaque global id.' })(objectType.prototype, 'id');
  for (const [name, field] of Object.entries(d.fields))
    Field(field.type, { name: field.property ? name : undefined, description: field.description, nullable: field.nullable })(objectType.prototype, field.property ?? name);
  ObjectType(type, { implements: [Node, LifecycleFields], description: d.description })(objectType);

  const filterInput = named(`${type}Filter`, filterBase);
  for (const [name, filter] of Object.entries(d.list.filters))
    Field(filter.input, { nullable: true, description: filter.description, deprecationReason: filter.deprecationReason })(filterInput.prototype, name);
  InputType(`${type}Filter`, { description: d.list.filterDescription })(filterInput);

  const ordering = d.list.orderBy ? orderTypes(d, d.list.orderBy) : undefined;

  const spec: EntitySpec<E> = { entity: d.entity, subject: type, alias, columns: d.ruleColumns };
  const orderColumns: Record<string, OrderColumn<E>> = Object.fromEntries(
    Object.entries(d.list.orderBy ?? {}).map(([k, o]) => [k, { column: o.expression ? o.expression(alias) : `${alias}.${o.column}`, property: o.property, value: o.value }]),
  );

  const conditions = (ctx: RequestContext, filter: Record<string, unknown>): SqlCondition[] => {
    const out: SqlCondition[] = [];
    const read: string[] = [];
    for (const [name, kind] of Object.entries(d.list.filters)) {
      const value = filter[name];
      if (value === undefined || value === null || value === '') continue;
      out.push(kind.condition(alias, value as never, name));
      read.push(...kind.reads);
    }
    assertCanReadFields(ctx, type, read, 'filter');
    return out;
  };
  const fixed = d.list.fixedOrder;
  const keys = (ctx: RequestContext, orderBy: OrderInput<string>[] | undefined): SortKey<E>[] =>
    fixed
      ? [
          { column: `${alias}.${fixed.column}`, direction: fixed.direction, value: (row) => row[fixed.property] as CursorValue | Date },
          { column: `${alias}.id`, direction: fixed.direction, value: (row) => row.id },
        ]
      : sortKeys(ctx, type, orderBy, orderColumns, { field: d.list.defaultOrder!, direction: d.list.defaultDirection ?? SortDirection.ASC }, `${alias}.id`);

  return {
    objectType: objectType as unknown as ClassType<E>,
    connection: ConnectionType(objectType as unknown as ClassType<object>, type),
    filterInput: filterInput as unknown as ClassType<ChangeWindowFilter & Record<string, unknown>>,
    ...ordering,
    spec,
    loader: (ctx) => ctx.loaders.get(`${type}.byId`, () => new DataLoader((ids: readonly string[]) => loadByIds(ctx, spec, ids))),
    nodeLoader: (ctx, ids) => loadByIds(ctx, spec, ids),
    conditions,
    sortKeys: keys,
    async list(ctx, args, filter = {}, orderBy) {
      const qb = authorizedQuery(ctx, spec);
      for (const c of conditions(ctx, filter)) qb.andWhere(c.sql, c.params);
      return paginate(qb, args, keys(ctx, orderBy), filter);
    },
    reads: {
      models: [{ type, spec, idPrefix: d.idPrefix, relations: d.relations, computed: computedFields(d.fields) }],
      roots: [
        {
          field: d.list.field,
          type,
          conditions: (ctx, args) => conditions(ctx, (args.filter ?? {}) as Record<string, unknown>),
          sortKeys: (ctx, args) => keys(ctx, args.orderBy as OrderInput<string>[] | undefined),
        },
      ],
    },
  };
}
