import type { MiddlewareFn } from 'type-graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { forbidden } from '../graphql/errors';
import { hasFieldRules } from './guard';

/**
 * Field-level authorization for every object field: a field the caller may not read
 * resolves to null with a FORBIDDEN error at its path; the rest of the response is served.
 */
export const fieldGuard: MiddlewareFn<GraphQLContext> = ({ root, info, context }, next) => {
  const ctx = context.ctx;
  const typeName = info.parentType.name;
  if (!ctx || root === null || typeof root !== 'object' || !hasFieldRules(ctx.ability, typeName)) return next();
  if (ctx.ability.can('read', root as never, info.fieldName)) return next();
  throw forbidden(`Not allowed to read ${typeName}.${info.fieldName}`);
};
