import type { Server as HttpServer } from 'node:http';
import { WebSocketServer } from 'ws';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import { RequestContext } from '../core/context';
import type { Platform } from '../core/platform';
import type { Principal } from '../core/auth/principal';
import type { JwtVerifier } from '../core/auth/jwt-verifier';
import { authenticate, type PrincipalCheck } from './authenticate';
import { LIMITS } from './protection';
import { tooManySubscriptions, unauthenticated } from '../core/graphql/errors';
import { unstorableArgumentError } from '../core/graphql/input-text';

type ConnectionExtra = Record<PropertyKey, unknown> & {
  principal?: Principal;
};

/** graphql-ws (graphql-transport-ws) on the GraphQL path: the same token check and limits as HTTP. */
export function attachWebSocket(opts: {
  httpServer: HttpServer;
  schema: GraphQLSchema;
  platform: Platform;
  verifier: JwtVerifier;
  principalCheck: PrincipalCheck;
  validationRules: ValidationRule[];
  log: Logger;
}) {
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  const disposable = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema: opts.schema,
      onConnect: async (ctx) => {
        try {
          (ctx.extra as ConnectionExtra).principal = await authenticate(ctx.connectionParams?.authorization, opts.verifier, opts.principalCheck);
          return true;
        } catch (err) {
          if (err instanceof GraphQLError && err.extensions.code === 'UNAUTHENTICATED') {
            ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
            return false;
          }
          throw err;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        // graphql-ws has already counted this one; refused before any database work.
        if (Object.keys(ctx.subscriptions).length > LIMITS.subscriptionsPerConnection) {
          return [tooManySubscriptions(LIMITS.subscriptionsPerConnection)];
        }
        const principal = (ctx.extra as ConnectionExtra).principal as Principal;
        // The account may have been deactivated (or the token expired) since the connection opened.
        const refusal = await opts.platform.principals.fresh(principal);
        if (refusal) {
          ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return [unauthenticated(refusal)];
        }
        let document;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError(String(err))];
        }
        const errors = validate(opts.schema, document, [...specifiedRules, ...opts.validationRules]);
        if (errors.length > 0) return errors;
        const unstorable = unstorableArgumentError(opts.schema, document, payload.variables ?? undefined);
        if (unstorable) return [unstorable];
        const requestContext = RequestContext.create(opts.platform, principal, opts.log);
        const args: ExecutionArgs = {
          schema: opts.schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue: { ctx: requestContext },
        };
        return args;
      },
    },
    wss,
  );
  return {
    async close() {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
