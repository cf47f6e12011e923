import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { createDataSource } from '../db/data-source';
import { RequestContext } from '../core/context';
import type { Platform } from '../core/platform';
import { JwtVerifier } from '../core/auth/jwt-verifier';
import { resolveJwtSecret } from '../core/auth/dev-secret';
import { EventRelay } from '../core/events/relay';
import { PgNotifyWakeup } from '../core/events/pg-notify-wakeup';
import { RedisWakeup } from '../core/events/redis-wakeup';
import { loadSignatures } from '../core/signatures/signature.table';
import { loadAuditEntries } from '../core/audit/audit.service';
import type { SignerDirectory } from '../core/signatures/signer-directory';
import type { NodeLoader } from '../core/graphql/node-registry';
import type { GraphQLContext } from '../core/graphql/graphql-context';
import { clientFacingError } from '../core/graphql/errors';
import { namingTokenLimit } from '../core/graphql/request-limits';
import { MODULES } from '../modules';
import { BATCH_RECORD_PATH, batchRecordRoute, type RequestContextFactory } from '../modules/records/batch-record.route';
import { deactivatedUsersAmong, refuseDeactivatedUsers } from '../modules/users/user-access';
import { approvedSourceScope } from '../modules/approved-suppliers/approved-source-scope';
import { PrincipalRecheck } from '../core/auth/principal-recheck';
import { seedDemoData } from '../seed/demo';
import { serverEntities } from './entities';
import { authenticate, type PrincipalCheck } from './authenticate';
import { withoutStatementTally } from '../db/statement-counter';
import { openDatabase } from './database';
import { createLogger } from './logger';
import { graphqlErrors, metricsRoute, trackPool } from './metrics';
import { observabilityPlugin } from './graphql-plugins';
import { operationChecks } from './operation-checks';
import { createArmor, LIMITS } from './protection';
import { countingStatements, graphqlJsonBody, jsonErrors, requestScope, type RequestLocals } from './http-middleware';
import { crossOrigin } from './cross-origin';
import { graphqlIde } from './graphql-ide';
import { clientVisible, databaseOutageErrors, databaseOutagePlugin, isDatabaseUnavailable, serviceUnavailable } from './database-outage';
import { ServiceHealth } from './health';
import { drainAndStop } from './shutdown';
import { buildLotgraphSchema } from './schema';
import { attachWebSocket } from './websocket';
import { endDeactivatedSessions } from './deactivated-sessions';
import { scheduleJobs } from './job-scheduler';
import { STARTUP_LOCK, withClusterLockWaiting } from './cluster-lock';
import { migrateUnderStartupLock, startupSettings } from './migrate';
import { ReadRegistry } from '../core/reads/read-registry';
import { compiledReadsPlugin, stringifyResponse } from '../core/reads/compiled-reads.plugin';
import { poolOf } from '../db/data-source';

function signerDirectory(): SignerDirectory {
  const directory = MODULES.find((m) => m.signerDirectory)?.signerDirectory;
  if (!directory) throw new Error('No module provides the signer directory');
  return directory;
}

export interface StartOptions {
  /** Seed the demo data set into an empty database (npm start). */
  seedDemo?: boolean;
  log?: Logger;
}

export interface LotgraphServer {
  url: string;
  port: number;
  platform: Platform;
  /** Called once if the embedded database dies under the server: it can then serve nothing. */
  onDatabaseLost(listener: (cause: string) => void): void;
  /** Refuses new work, lets in-flight requests finish and deliver their events, then stops everything. */
  close(): Promise<void>;
}

/** Assembles and starts Lotgraph: database, migrations, relay, GraphQL over HTTP and WebSocket. */
export async function startLotgraph(config: Config, options: StartOptions = {}): Promise<LotgraphServer> {
  const log = options.log ?? createLogger(config);
  const production = config.nodeEnv === 'production';
  const secret = resolveJwtSecret(config);
  const database = await openDatabase(config, log);
  const health = new ServiceHealth();
  database.onLost((cause) => {
    health.databaseLost(cause);
    log.fatal({ cause }, 'the embedded database is gone; this process can serve nothing more');
  });
  const dataSource = createDataSource({
    url: database.url,
    entities: serverEntities(),
    log: log.child({ component: 'sql' }),
    idleInTransactionTimeoutMs: config.idleInTransactionTimeoutMs,
  });
  try {
    await dataSource.initialize();
    const applied = await migrateUnderStartupLock(dataSource, startupSettings(config, log));
    if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
    throw err;
  }
  trackPool(dataSource);

  const relayLog = log.child({ component: 'relay' });
  const wakeup = config.redisUrl ? new RedisWakeup(config.redisUrl, relayLog) : new PgNotifyWakeup(database.url, relayLog);
  const events = new EventRelay(dataSource, relayLog, wakeup, config.outboxPollMs, config.subscriptionMaxReplay);
  try {
    await events.start();
  } catch (err) {
    await events.stop();
    await dataSource.destroy();
    await database.stop();
    throw err;
  }
  const schema = await buildLotgraphSchema();
  const platform: Platform = {
    config,
    dataSource,
    events,
    principals: new PrincipalRecheck(deactivatedUsersAmong(dataSource), config.principalCacheMs),
    log,
    // No prototype: an id such as "constructor_x" must not find a loader.
    nodeLoaders: Object.assign(Object.create(null) as Record<string, NodeLoader>, { sig: loadSignatures, aud: loadAuditEntries }, ...MODULES.map((m) => m.nodes)),
    signers: signerDirectory(),
    signedContent: Object.assign({}, ...MODULES.map((m) => m.signedContent ?? {})),
    schema,
    eventSubscriptions: new Map(MODULES.flatMap((m) => m.eventSubscriptions ?? []).map((s) => [s.eventType, s])),
  };
  // Under the start-up lock: of processes started together on an empty database, one seeds and the others find data.
  if (options.seedDemo) {
    await withClusterLockWaiting(dataSource, STARTUP_LOCK, { timeoutMs: config.startupLockTimeoutMs, log, what: 'seeding demo data' }, () => seedDemoData(platform));
  }
  const jobs = scheduleJobs(
    platform,
    MODULES.flatMap((m) => m.jobs ?? []),
    log.child({ component: 'jobs' }),
  );
  const workers = MODULES.flatMap((m) => m.workers ?? []).map((start) => start(platform));

  const verifier = new JwtVerifier(config.jwt, secret, !production);
  const principalCheck = refuseDeactivatedUsers(dataSource);
  const principalScope = approvedSourceScope(dataSource);
  const armor = createArmor(production);

  const app = express();
  app.disable('x-powered-by');
  // Answers are per caller and never cached: hashing each body for an ETag is work for nothing.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    // The IDE's docs and completion are built from introspection: enabling the IDE enables both.
    introspection: !production || config.browser.graphqlIde,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    allowBatchedHttpRequests: false,
    // main.ts owns signals: it drains HTTP, closes subscriptions and stops the database in order.
    stopOnTerminationSignals: false,
    // Bearer tokens only, never cookies: a cross-site page cannot send them, so no CSRF.
    csrfPrevention: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      ...armor.plugins,
      operationChecks<GraphQLContext>(),
      databaseOutagePlugin(log),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of authorized data; also spares a per-field instrumentation hook.
      ApolloServerPluginCacheControlDisabled(),
      observabilityPlugin(!production),
      // Last: every check above has passed before a read is answered without graphql-js.
      compiledReadsPlugin({
        registry: new ReadRegistry(
          schema,
          dataSource,
          MODULES.map((m) => m.reads ?? {}),
        ),
        pool: poolOf(dataSource)!,
        log,
        diagnostics: !production,
        stacktraces: config.nodeEnv === 'development',
        countError: (code) => graphqlErrors.inc({ code }),
      }),
    ],
    stringifyResult: stringifyResponse,
    // Unexpected errors say only "Internal server error"; then database outages and driver errors in our words.
    formatError: (formatted, error) => namingTokenLimit(clientVisible(clientFacingError(formatted, error), error)),
  });
  await apollo.start();
  const ws = attachWebSocket({
    httpServer,
    schema,
    platform,
    verifier,
    principalCheck,
    principalScope,
    validationRules: armor.validationRules,
    log,
    serving: () => health.serving,
  });
  const deactivations = endDeactivatedSessions(platform, (subject) => ws.closeSessionsOf(subject), log);

  // A request trusts the process's recent answer that its account is active; a deactivation
  // clears that answer on every process as it commits (deactivated-sessions.ts). Authentication
  // is not counted in the request's statements, which are then the operation's alone.
  const requestPrincipalCheck: PrincipalCheck = (principal) => platform.principals.accountRefusal(principal);
  const contextOf: RequestContextFactory = async (req, res) => {
    const principal = await withoutStatementTally(() => authenticate(req.headers.authorization, verifier, requestPrincipalCheck, principalScope)).catch((err: unknown) => {
      throw isDatabaseUnavailable(err) ? serviceUnavailable() : err;
    });
    const idempotencyKey = req.header('idempotency-key');
    return RequestContext.create(platform, principal, log, (res.locals as RequestLocals).requestId, idempotencyKey);
  };
  app.use(requestScope(log));
  // Before admission: a page then reads a 503 while the server stops, rather than a CORS failure.
  app.use(['/graphql', '/records'], crossOrigin(config.browser.corsOrigins));
  app.use(health.admission());
  health.routes(app, dataSource);
  app.get('/metrics', metricsRoute(config));
  if (config.browser.graphqlIde) app.use(graphqlIde());
  app.use(
    '/graphql',
    graphqlJsonBody(LIMITS.maxBodyBytes),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({ ctx: await contextOf(req, res), tally: (res.locals as RequestLocals).tally }),
    }),
  );
  app.get(BATCH_RECORD_PATH, countingStatements(batchRecordRoute(contextOf)));

  app.use(databaseOutageErrors(log));
  app.use(jsonErrors(config.nodeEnv === 'development'));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${port}/graphql`;

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    platform,
    onDatabaseLost: (listener) => database.onLost(listener),
    close() {
      closing ??= drainAndStop(
        {
          httpServer,
          health,
          deliverCommitted: (timeoutMs) => events.deliverCommitted(timeoutMs),
          closeSockets: () => ws.close(),
          stopRest: async () => {
            await apollo.stop();
            await jobs.stop();
            await Promise.all(workers.map((w) => w.stop()));
            await deactivations.stop();
            log.debug('stopping event relay');
            await events.stop();
            await dataSource.destroy();
            log.debug('stopping database');
            await database.stop();
          },
        },
        config.shutdownDrainMs,
        log,
      );
      return closing;
    },
  };
}
