import { subject as asSubject } from '@casl/ability';
import { getNamedType, isAbstractType, isListType, isNonNullType, isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { forbidden } from '../graphql/errors';
import { subjectTypeOf } from './ability';
import { subjectOf } from './field-guard';
import { assertCan } from './guard';
import type { AppAbility } from './rule-builder';
import type { SubjectType } from './subjects';

const CALLERS_OWN_RECORD = 'authzCallersOwnRecord';

/**
 * Marks a field that returns the caller's own record (`me { user }`, the CAPA action its owner
 * just completed): the record is theirs to read whatever their rules say about others of its
 * type, and the resolver returns no other. Its field masks still apply.
 */
export function CallersOwnRecord(): MethodDecorator & PropertyDecorator {
  return Extensions({ [CALLERS_OWN_RECORD]: true });
}

/** How a field shows rows of a subject. */
interface EntityField {
  /** The subject of the rows; undefined for an interface (`node`), where each record names its own. */
  subject?: SubjectType;
  /** `records`: the value is rows (one or a list); `edges`: a list of edges with rows as `node`; `page`: a connection, whose edges are checked in turn. */
  shape: 'records' | 'edges' | 'page';
  /** Whether null may stand for a hidden row: the field itself (one) or its items (a list). */
  nullable: boolean;
}

function nodeSubject(type: GraphQLOutputType): SubjectType | undefined {
  const named = getNamedType(type);
  const node = isObjectType(named) ? named.getFields().node : undefined;
  return node ? subjectOf(getNamedType(node.type)) : undefined;
}

function describe(field: GraphQLField<unknown, unknown>): EntityField | null {
  if (field.extensions?.[CALLERS_OWN_RECORD]) return null;
  const outer = isNonNullType(field.type) ? field.type.ofType : field.type;
  const nullable = isListType(outer) ? !isNonNullType(outer.ofType) : !isNonNullType(field.type);
  const named = getNamedType(field.type);
  if (isAbstractType(named)) return { shape: 'records', nullable };
  const subject = subjectOf(named);
  if (subject) return { subject, shape: 'records', nullable };
  if (!isObjectType(named)) return null;
  const ofEdge = nodeSubject(named);
  if (ofEdge) return { subject: ofEdge, shape: 'edges', nullable };
  const edges = named.getFields().edges;
  const ofPage = edges ? nodeSubject(edges.type) : undefined;
  return ofPage ? { subject: ofPage, shape: 'page', nullable } : null;
}

function readable(ability: AppAbility, schema: GraphQLSchema, subject: SubjectType | undefined, record: object): boolean {
  const own = String(subjectTypeOf(record));
  const rowsOf = subject ?? subjectOfTypeName(schema, own);
  if (!rowsOf) return true;
  // A copy: tagging must not change what the resolver returned.
  return ability.can('read', (own === rowsOf ? record : asSubject(rowsOf, { ...record })) as never);
}

function subjectOfTypeName(schema: GraphQLSchema, typeName: string): SubjectType | undefined {
  const type = schema.getType(typeName);
  return type ? subjectOf(type) : undefined;
}

/**
 * Every field whose type shows rows of a subject (the subject's type or a projection
 * `@GuardedAs` it, a list of them, their connection, or the `Node` interface) applies that
 * subject's rules wherever it sits in the schema, so a relation cannot hand out what the root
 * query refuses. A caller who may read no row of the subject gets null and FORBIDDEN at the
 * field, before anything is loaded; a row outside the caller's scope is left out (null where the
 * schema allows, else absent from its list). The fields of each row are then masked by the field guard.
 * Returns `resolve` guarded, or null for a field that shows no rows (left as it is: no wrapper,
 * no promise). A synchronous resolver stays synchronous.
 */
export function entityGuarded(field: GraphQLField<unknown, unknown>, resolve: GraphQLFieldResolver<unknown, GraphQLContext>): GraphQLFieldResolver<unknown, GraphQLContext> | null {
  const entity = describe(field);
  if (!entity) return null;
  return (root, args, context, info) => {
    const ctx = context?.ctx;
    if (!ctx) return resolve(root, args, context, info);
    if (entity.subject) assertCan(ctx, 'read', entity.subject);
    const value: unknown = resolve(root, args, context, info);
    if (entity.shape === 'page') return value;
    const shown = (resolved: unknown) => visibleOf(entity, ctx.ability, info.schema, info.returnType.toString(), resolved);
    return value instanceof Promise ? value.then(shown) : shown(value);
  };
}

function visibleOf(entity: EntityField, ability: AppAbility, schema: GraphQLSchema, returnType: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const row = (item: object): object => (entity.shape === 'edges' ? (item as { node: object }).node : item);
  const visible = (item: unknown): boolean => item === null || item === undefined || readable(ability, schema, entity.subject, row(item as object));
  if (Array.isArray(value)) {
    return entity.nullable ? value.map((item) => (visible(item) ? item : null)) : value.filter(visible);
  }
  if (visible(value)) return value;
  if (entity.nullable) return null;
  throw forbidden(`Not allowed to read this ${entity.subject ?? returnType}`);
}
