import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { LIMITS, limitExtensions, type LimitName } from '../core/graphql/request-limits';

export { LIMITS };

/**
 * Armor's own report of a refusal names no limit: this one reports it (to the validation
 * context, so Apollo answers 400 GRAPHQL_VALIDATION_FAILED) with the limit's name and value.
 */
function naming(limit: LimitName) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        // Armor calls it a "Syntax Error", which it is not.
        const message = `${error.message.replace(/^Syntax Error: /, '').replace(/\.$/, '')} (${limit})`;
        ctx?.reportError(new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...limitExtensions(limit, LIMITS[limit]) } }));
      },
    ],
  };
}

/** graphql-armor protections: depth, aliases and directives, and no field suggestions. */
export function createArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, ...naming('maxDepth') },
    maxAliases: { n: LIMITS.maxAliases, ...naming('maxAliases') },
    // Token limits go through graphql-js's own parser option (see parseOptions), which answers
    // a syntax error with 400; armor's parser plugin turns every syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives, ...naming('maxDirectives') },
    // Cost is checked once the variables are known (query-cost.ts): armor's rule cannot see `first: $n`.
    costLimit: { enabled: false },
    // Suggestions ("did you mean ...") leak schema details where introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
