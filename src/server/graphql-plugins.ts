import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../core/graphql/graphql-context';
import { thrownError } from '../core/graphql/errors';
import { countStatementsFromHere } from '../db/statement-counter';
import { graphqlDuration, graphqlErrors, sqlPerRequest } from './metrics';

/**
 * Per-operation observability: duration by operation name, errors by code, SQL statements
 * per request (in metrics always, in the response's extensions outside production).
 */
export function observabilityPlugin(exposeStatements: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async executionDidStart({ contextValue }) {
          if (contextValue?.tally) countStatementsFromHere(contextValue.tally);
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) {
            const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            graphqlErrors.inc({ code });
            // The client sees only "Internal server error" (clientFacingError); the log keeps the cause.
            if (code === 'INTERNAL_SERVER_ERROR') contextValue?.ctx?.log.error({ err: thrownError(e), path: e.path }, 'unexpected error');
          }
        },
        async willSendResponse({ response, operationName, operation, contextValue }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          graphqlDuration.observe({ operation: operationName ?? 'anonymous', type: operation?.operation ?? 'unknown' }, seconds);
          const tally = contextValue?.tally;
          if (!tally) return;
          sqlPerRequest.observe(tally.count);
          if (exposeStatements && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: tally.count };
          }
          contextValue.ctx?.log.debug({ operationName, seconds, sqlStatements: tally.count }, 'graphql operation');
        },
      };
    },
  };
}
