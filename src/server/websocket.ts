import type { Server as HttpServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type ExecutionArgs, type ExecutionResult, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import { RequestContext } from '../core/context';
import type { Platform } from '../core/platform';
import type { Principal, PrincipalScope } from '../core/auth/principal';
import type { JwtVerifier } from '../core/auth/jwt-verifier';
import { authenticate, type PrincipalCheck } from './authenticate';
import { LIMITS, namingTokenLimit } from '../core/graphql/request-limits';
import { costRefusal } from './query-cost';
import { tooManySubscriptions, unauthenticated } from '../core/graphql/errors';
import { unstorableArgumentError } from '../core/graphql/input-text';
import { clientVisible, isDatabaseUnavailable, serviceUnavailable } from './database-outage';
import { resumePositions, subscriptionPosition } from './websocket-resume';
import type { GraphQLContext } from '../core/graphql/graphql-context';
import { SubscriptionGroups } from './subscription-groups';

/** RFC 6455 "Try Again Later": the server cannot serve now (stopping, or its database is away). */
const TRY_AGAIN_LATER = 1013;

type ConnectionExtra = Record<PropertyKey, unknown> & {
  principal?: Principal;
  /** Subscription id -> event id the client had reached, when it asked to resume (README "Reconnecting clients"). */
  resume?: Map<string, string> | null;
};

/** graphql-ws (graphql-transport-ws) on the GraphQL path: the same token check and limits as HTTP. */
export function attachWebSocket(opts: {
  httpServer: HttpServer;
  schema: GraphQLSchema;
  platform: Platform;
  verifier: JwtVerifier;
  principalCheck: PrincipalCheck;
  principalScope: PrincipalScope;
  validationRules: ValidationRule[];
  log: Logger;
  /** False while stopping or without a database: new connections and operations are refused. */
  serving: () => boolean;
}) {
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: LIMITS.maxWebSocketMessageBytes });
  /** Each signed-in user's open sockets, so that a deactivation can close them at once. */
  const socketsBySubject = new Map<string, Set<WebSocket>>();
  const track = (subject: string, socket: WebSocket) => {
    const sockets = socketsBySubject.get(subject) ?? new Set<WebSocket>();
    socketsBySubject.set(subject, sockets.add(socket));
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0 && socketsBySubject.get(subject) === sockets) socketsBySubject.delete(subject);
    });
  };
  const groups = new SubscriptionGroups();
  // Driver text, hosts and SQL never reach a client: the same masking as over HTTP.
  const visibleErrors = (errors: readonly GraphQLError[]) => errors.map((e) => clientVisible(e.toJSON(), e));
  const visible = (result: ExecutionResult) => {
    const { errors, ...rest } = result;
    return { ...rest, ...(errors?.length ? { errors: visibleErrors(errors) } : {}) };
  };
  const disposable = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema: opts.schema,
      subscribe: (args) => groups.subscribe(args, (args.contextValue as GraphQLContext).subscriptionGroup),
      jsonMessageReplacer: groups.replacer,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const send = socket.send.bind(socket) as (data: unknown, cb?: (err?: Error) => void) => void;
        socket.send = ((data: unknown, cb?: (err?: Error) => void) => send(groups.expand(data), cb)) as typeof socket.send;
        if (!opts.serving()) {
          ctx.extra.socket.close(TRY_AGAIN_LATER, 'Try again later');
          return false;
        }
        const resume = resumePositions(ctx.connectionParams);
        if (typeof resume === 'string') {
          ctx.extra.socket.close(CloseCode.BadRequest, resume);
          return false;
        }
        (ctx.extra as ConnectionExtra).resume = resume;
        try {
          const principal = await authenticate(ctx.connectionParams?.authorization, opts.verifier, opts.principalCheck, opts.principalScope);
          (ctx.extra as ConnectionExtra).principal = principal;
          if (principal.kind === 'user') track(principal.id, ctx.extra.socket);
          return true;
        } catch (err) {
          if (err instanceof GraphQLError && err.extensions.code === 'UNAUTHENTICATED') {
            ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
            return false;
          }
          if (isDatabaseUnavailable(err)) {
            opts.log.warn({ err }, 'database unavailable');
            ctx.extra.socket.close(TRY_AGAIN_LATER, 'Try again later');
            return false;
          }
          throw err;
        }
      },
      // A resuming connection's results carry their event id, the position to resume after.
      // Every other member of the group gets the same payload, serialized once.
      onNext: (_ctx, _id, _payload, args, result) => {
        const eventId = (args.contextValue as GraphQLContext | undefined)?.ctx.subscriptionPosition?.lastDelivered;
        if (!eventId) return groups.share(result, visible) as never;
        const shown = visible(result);
        return { ...shown, extensions: { ...shown.extensions, eventId } };
      },
      onError: (_ctx, _id, _payload, errors) => visibleErrors(errors),
      onSubscribe: async (ctx, id, payload) => {
        if (!opts.serving()) return [serviceUnavailable()];
        // graphql-ws has already counted this one; refused before any database work.
        if (Object.keys(ctx.subscriptions).length > LIMITS.subscriptionsPerConnection) {
          return [tooManySubscriptions()];
        }
        const principal = (ctx.extra as ConnectionExtra).principal as Principal;
        // The account may have been deactivated (or the token expired) since the connection opened.
        let refusal: string | null;
        try {
          refusal = await opts.platform.principals.fresh(principal);
        } catch (err) {
          if (!isDatabaseUnavailable(err)) throw err;
          return [serviceUnavailable()];
        }
        if (refusal) {
          ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return [unauthenticated(refusal)];
        }
        let document;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
        } catch (err) {
          if (!(err instanceof GraphQLError)) return [new GraphQLError(String(err))];
          const named = namingTokenLimit({ message: err.message, extensions: err.extensions });
          return [new GraphQLError(named.message, { nodes: err.nodes, source: err.source, positions: err.positions, extensions: named.extensions })];
        }
        const errors = validate(opts.schema, document, [...specifiedRules, ...opts.validationRules]);
        if (errors.length > 0) return errors;
        const unstorable = unstorableArgumentError(opts.schema, document, payload.variables ?? undefined);
        if (unstorable) return [unstorable];
        const operation = getOperationAST(document, payload.operationName);
        const tooCostly = operation && costRefusal(opts.schema, document, operation, payload.variables);
        if (tooCostly) return [tooCostly];
        const requestContext = RequestContext.create(opts.platform, principal, opts.log);
        const resume = (ctx.extra as ConnectionExtra).resume;
        if (resume) requestContext.subscriptionPosition = subscriptionPosition(ctx.extra.socket, id, resume);
        requestContext.subscriptionGroup = SubscriptionGroups.keyOf(payload.query, payload.operationName, payload.variables, requestContext.ability);
        const args: ExecutionArgs = {
          schema: opts.schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue: {
            ctx: requestContext,
            subscriptionGroup: requestContext.subscriptionGroup,
          } satisfies GraphQLContext,
        };
        return args;
      },
    },
    wss,
  );
  return {
    /** Ends every subscription of `subject` on this process (its sockets close as Unauthorized); how many sockets. */
    closeSessionsOf(subject: string): number {
      const sockets = [...(socketsBySubject.get(subject) ?? [])];
      for (const socket of sockets) socket.close(CloseCode.Unauthorized, 'Unauthorized');
      return sockets.length;
    },
    async close() {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
