import {
  Kind,
  parse,
  type OperationDefinitionNode,
  type SelectionNode,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { subjectOf } from '../../src/core/authz/field-guard';
import { LIMITS } from '../../src/server/protection';

/**
 * The role matrix's list of operations, derived from the built schema: every query, every
 * mutation, and every field of an object type that returns rows of an entity subject (the
 * subject's type, a list of it, or its connection). Expectations are stated elsewhere, by hand.
 */
export interface SchemaOperations {
  queries: string[];
  mutations: string[];
  fields: string[];
}

/** The node type of a Relay connection or edge type, if it is one. */
function nodeTypeOf(type: GraphQLNamedType): GraphQLNamedType | undefined {
  if (!isObjectType(type)) return undefined;
  const { node, edges } = type.getFields();
  if (node) return getNamedType(node.type);
  const edge = edges ? getNamedType(edges.type) : undefined;
  return edge && isObjectType(edge) && edge.getFields().node ? getNamedType(edge.getFields().node.type) : undefined;
}

/** A Relay edge or connection: structure around rows, judged through the field that returns it. */
function isPaging(type: GraphQLObjectType): boolean {
  const fields = type.getFields();
  return Boolean((fields.node && fields.cursor) || (fields.edges && fields.pageInfo));
}

export function returnsRows(field: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  const rows = nodeTypeOf(named) ?? named;
  return subjectOf(rows) !== undefined;
}

export function schemaOperations(schema: GraphQLSchema): SchemaOperations {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const objects = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !t.name.startsWith('__') && !roots.has(t) && !isPaging(t));
  return {
    queries: Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
    mutations: Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
    fields: objects.flatMap((t) =>
      Object.values(t.getFields())
        .filter(returnsRows)
        .map((f) => `${t.name}.${f.name}`),
    ),
  };
}

const SCALAR_SAMPLES: Record<string, string> = {
  ID: '"none"',
  String: '""',
  Int: '1',
  Float: '0',
  Boolean: 'false',
  Decimal: '"0"',
  Date: '"2020-01-01"',
  DateTime: '"2020-01-01T00:00:00Z"',
  JSON: '{}',
};

/** A minimal literal for an input type: required fields only, empty strings and lists, ids that name nothing. */
export function sampleInput(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleInput(type.ofType);
  if (isListType(type)) return '[]';
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${sampleInput(f.type)}`).join(', ')} }`;
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  return SCALAR_SAMPLES[type.name] ?? '""';
}

/** Arguments for a field: the stated ones, else every required argument sampled, and a page size on connections. */
export function sampleArgs(field: GraphQLField<unknown, unknown>, stated?: string): string {
  if (stated !== undefined) return stated ? `(${stated})` : '';
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: ${sampleInput(a.type)}`);
  if (field.args.some((a) => a.name === 'first')) args.push('first: 5');
  return args.length ? `(${args.join(', ')})` : '';
}

/** A node of a generated selection: `coordinate` is set on fields, not on a connection's edges and node. */
export interface Selection {
  key: string;
  coordinate?: string;
  children: Selection[];
}

/**
 * Selects `__typename` and, `depth` levels down, every field that returns entity rows, also
 * through objects that are not entities themselves (a trace's nodes, a recall's customers).
 */
function select(type: GraphQLNamedType, depth: number, containers: string[] = []): { text: string; children: Selection[] } {
  if (!isObjectType(type)) return { text: isAbstractType(type) ? '{ __typename }' : '', children: [] };
  const rows = nodeTypeOf(type);
  if (rows) {
    const inner = select(rows, depth);
    return { text: `{ __typename edges { node ${inner.text} } }`, children: [{ key: 'edges', children: [{ key: 'node', children: inner.children }] }] };
  }
  const parts = Object.values(type.getFields()).flatMap((f) => {
    const named = getNamedType(f.type);
    if (returnsRows(f)) {
      if (depth === 0) return [];
      const sub = select(named, depth - 1);
      return [{ text: `${f.name}${sampleArgs(f)} ${sub.text}`, selection: { key: f.name, coordinate: `${type.name}.${f.name}`, children: sub.children } }];
    }
    if (!isObjectType(named) || containers.includes(named.name)) return [];
    const sub = select(named, depth, [...containers, named.name]);
    return sub.children.length ? [{ text: `${f.name}${sampleArgs(f)} ${sub.text}`, selection: { key: f.name, coordinate: `${type.name}.${f.name}`, children: sub.children } }] : [];
  });
  return { text: `{ __typename ${parts.map((p) => p.text).join(' ')} }`, children: parts.map((p) => p.selection) };
}

/** One root field under an alias: a query with the entity relations two levels below what it returns, a mutation or subscription with its payload's. */
export function rootSelection(type: GraphQLObjectType, name: string, alias: string, statedArgs?: string): { text: string; selection: Selection } {
  const field = type.getFields()[name];
  const sub = type.name === 'Query' ? select(getNamedType(field.type), 2) : payloadSelection(getNamedType(field.type));
  return { text: `${alias}: ${name}${sampleArgs(field, statedArgs)} ${sub.text}`, selection: { key: alias, coordinate: `${type.name}.${name}`, children: sub.children } };
}

/** A payload's (or event's) userErrors and entity fields: reading those is judged apart from calling the mutation. */
function payloadSelection(type: GraphQLNamedType): { text: string; children: Selection[] } {
  if (!isObjectType(type)) return { text: '', children: [] };
  const fields = Object.values(type.getFields()).filter(returnsRows);
  const errors = type.getFields().userErrors ? 'userErrors { code }' : '';
  return {
    text: `{ __typename ${errors} ${fields.map((f) => `${f.name} { __typename }`).join(' ')} }`,
    children: fields.map((f) => ({ key: f.name, coordinate: `${type.name}.${f.name}`, children: [] })),
  };
}

/** What a caller got at one place of the response. */
export type Outcome = 'data' | 'empty' | 'forbidden' | 'unreached' | `error:${string}`;

interface Seen {
  parent: boolean;
  value: boolean;
  codes: Set<string>;
}

/**
 * Outcomes by occurrence: the path of coordinates from the root field (`Query.lots > Lot.signatures`).
 * `data`: some parent had a non-empty value; `empty`: parents were seen, values null or [];
 * `forbidden`: FORBIDDEN at that place; `unreached`: no parent was seen.
 */
export function outcomes(
  selections: Selection[],
  data: Record<string, unknown> | null | undefined,
  errors: { path?: (string | number)[]; extensions?: { code?: string } }[] = [],
): Map<string, Outcome> {
  const seen = new Map<string, Seen>();
  const occurrence = (trail: string[]) => {
    const key = trail.join(' > ');
    let s = seen.get(key);
    if (!s) seen.set(key, (s = { parent: false, value: false, codes: new Set() }));
    return s;
  };
  const walk = (sel: Selection, parent: unknown, trail: string[], isRoot: boolean) => {
    const here = sel.coordinate ? [...trail, sel.coordinate] : trail;
    const value = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[sel.key] : undefined;
    if (sel.coordinate) {
      const s = occurrence(here);
      if (isRoot || (parent !== null && parent !== undefined)) s.parent = true;
      if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) s.value = true;
    }
    const items = Array.isArray(value) ? value : [value];
    for (const child of sel.children) {
      for (const item of items) walk(child, item ?? null, here, false);
      if (items.length === 0) walk(child, null, here, false);
    }
  };
  for (const sel of selections) walk(sel, data ?? null, [], true);
  for (const error of errors) {
    let level = selections;
    const trail: string[] = [];
    for (const step of error.path ?? []) {
      if (typeof step === 'number') continue;
      const sel = level.find((s) => s.key === step);
      if (!sel) break;
      if (sel.coordinate) trail.push(sel.coordinate);
      level = sel.children;
    }
    if (trail.length) occurrence(trail).codes.add(error.extensions?.code ?? 'UNKNOWN');
  }
  return new Map(
    [...seen].map(([key, s]) => {
      if (s.codes.has('FORBIDDEN')) return [key, 'forbidden'];
      if (s.codes.size) return [key, `error:${[...s.codes].join(',')}`];
      return [key, s.value ? 'data' : s.parent ? 'empty' : 'unreached'];
    }),
  );
}

/** graphql-armor's cost of a document (objects 2, scalars 1, x1.5 per level, x`first` per page). */
function cost(node: SelectionNode | OperationDefinitionNode, depth = 0): number {
  if (node.kind === Kind.OPERATION_DEFINITION) return node.selectionSet.selections.reduce((n, child) => n + cost(child, depth + 1), 0);
  if (node.kind !== Kind.FIELD || !node.selectionSet) return 1;
  const first = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  const pages = first?.value.kind === Kind.INT ? Math.max(Number(first.value.value), 1) : 1;
  return pages * node.selectionSet.selections.reduce((n, child) => n + 1.5 * cost(child, depth + 1), 2);
}

/** Splits root fields into requests within the server's alias, token and cost limits (with room to spare). */
export function batches<T extends { text: string }>(items: T[], wrap: (texts: string[]) => string): T[][] {
  const fits = (group: T[]) => {
    if (group.length > LIMITS.maxAliases * 0.8) return false;
    try {
      const document = parse(wrap(group.map((g) => g.text)), { maxTokens: LIMITS.maxTokens * 0.8 });
      return cost(document.definitions[0] as OperationDefinitionNode) <= LIMITS.maxCost * 0.8;
    } catch {
      return false;
    }
  };
  const out: T[][] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last && fits([...last, item])) last.push(item);
    else out.push([item]);
  }
  return out;
}
