import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { unstorableArgumentError } from '../core/graphql/input-text';
import { costRefusal } from './query-cost';

/**
 * What an HTTP operation must pass once it is known and before it runs, in the order a client
 * reads the refusal: argument text PostgreSQL cannot store or longer than any field takes
 * (BAD_USER_INPUT), a subscription (served over WebSocket only, 400 with where to send it,
 * rather than executed once without an event), and `maxCost` with the variables' page sizes.
 * One plugin with one shared listener: a request pays one hook, not one per check.
 */
export function operationChecks<T extends object>(): ApolloServerPlugin<T> {
  const listener: GraphQLRequestListener<T> = {
    async didResolveOperation({ schema, document, operation, request }) {
      const refusal =
        unstorableArgumentError(schema, document, request.variables) ??
        (operation?.operation === 'subscription' ? subscriptionOverHttp() : null) ??
        (operation ? costRefusal(schema, document, operation, request.variables) : null);
      if (refusal) throw refusal;
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

function subscriptionOverHttp(): GraphQLError {
  return new GraphQLError('Subscriptions are served over WebSocket (graphql-ws, protocol graphql-transport-ws) at this URL, not over HTTP', {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}
