import { subject as asSubject } from '@casl/ability';
import { isObjectType, type GraphQLNamedType } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
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
 * Field-level authorization for every object field: a field the caller may not read
 * resolves to null with a FORBIDDEN error at its path; the rest of the response is served.
 */
export const fieldGuard: MiddlewareFn<GraphQLContext> = ({ root, info, context }, next) => {
  const ctx = context.ctx;
  const typeName = info.parentType.name;
  const guardedAs = info.parentType.extensions?.[AUTHZ_SUBJECT] as string | undefined;
  const subject = guardedAs ?? typeName;
  if (!ctx || root === null || typeof root !== 'object' || !hasFieldRules(ctx.ability, subject)) return next();
  // A copy: tagging must not change what the resolver returned.
  const record = guardedAs ? asSubject(guardedAs, { ...root }) : root;
  if (ctx.ability.can('read', record as never, info.fieldName)) return next();
  throw forbidden(`Not allowed to read ${typeName}.${info.fieldName}`);
};
