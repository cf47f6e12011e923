import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { unstorableArgumentError } from '../core/graphql/input-text';

/** Request-shape limits, the same for HTTP and WebSocket. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxCost: 20000,
  maxDirectives: 20,
  bodyBytes: '1mb',
  /** Open subscriptions on one WebSocket; each holds a relay stream and its queue. */
  subscriptionsPerConnection: 50,
} as const;

/** graphql-armor protections: depth, aliases, tokens, directives and cost, and no field suggestions. */
export function createArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    // Token limits go through graphql-js's own parser option (see parseOptions), which answers
    // a syntax error with 400; armor's parser plugin turns every syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    // Suggestions ("did you mean ...") leak schema details where introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/**
 * Argument text PostgreSQL cannot store, or longer than any field takes, is refused with
 * BAD_USER_INPUT (HTTP 400) once the operation is known and before it executes.
 */
export function argumentTextCheck<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const refusal = unstorableArgumentError(schema, document, request.variables);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
