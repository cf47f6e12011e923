import { subject as asSubject } from '@casl/ability';
import { isObjectType, type GraphQLFieldResolver, type GraphQLNamedType, type GraphQLObjectType } from 'graphql';
import { Extensions } from 'type-graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { forbidden } from '../graphql/errors';
import { hasFieldRules } from './guard';
import { isSubjectType, type SubjectType } from './subjects';

const AUTHZ_SUBJECT = 'authzSubject';

/**
 * Declares that a GraphQL type shows rows of another subject under its own name (a recall's
 * shipment lines are Shipment rows): that subject's field rules and row conditions guard its
 * fields, so a mask declared once on the subject cannot be bypassed through a projection.
 */
export function GuardedAs(subject: SubjectType): ClassDecorator {
  return Extensions({ [AUTHZ_SUBJECT]: subject }) as ClassDecorator;
}

/** The subject whose rows a GraphQL type shows: its own name, or the one it is `@GuardedAs`. */
export function subjectOf(type: GraphQLNamedType): SubjectType | undefined {
  if (!isObjectType(type)) return undefined;
  const guardedAs = type.extensions?.[AUTHZ_SUBJECT] as SubjectType | undefined;
  return guardedAs ?? (isSubjectType(type.name) ? type.name : undefined);
}

/**
 * Field-level authorization for the fields of every type that shows rows of a subject: a field
 * the caller may not read resolves to null with a FORBIDDEN error at its path; the rest of the
 * response is served. Returns `resolve` guarded, or null for a type no rule can mask (left as it
 * is). A synchronous resolver stays synchronous.
 */
export function fieldGuarded(type: GraphQLObjectType, fieldName: string, resolve: GraphQLFieldResolver<unknown, GraphQLContext>): GraphQLFieldResolver<unknown, GraphQLContext> | null {
  const subject = subjectOf(type);
  if (!subject) return null;
  const guardedAs = type.extensions?.[AUTHZ_SUBJECT] as string | undefined;
  return (root, args, context, info) => {
    const ctx = context?.ctx;
    if (!ctx || root === null || typeof root !== 'object' || !hasFieldRules(ctx.ability, subject)) return resolve(root, args, context, info);
    // A copy: tagging must not change what the resolver returned.
    const record = guardedAs ? asSubject(guardedAs, { ...root }) : root;
    if (ctx.ability.can('read', record as never, fieldName)) return resolve(root, args, context, info);
    throw forbidden(`Not allowed to read ${type.name}.${fieldName}`);
  };
}
