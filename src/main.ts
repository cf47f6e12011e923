import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './server/logger';
import { startLotgraph } from './server/lotgraph-server';

/** Exit status after losing the embedded database: temporary, restart me (sysexits.h). */
const EX_TEMPFAIL = 75;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`lotgraph: ${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const log = createLogger(config);
  // Demo data only outside production: a production database starts empty.
  const server = await startLotgraph(config, { seedDemo: config.nodeEnv !== 'production', log });
  // Signals are handled before readiness is announced: a supervisor may stop us the moment it reads it.
  let stopping = false;
  /** Drains and stops; exits with `code` (forced after the drain timeout and 10 s more for the rest). */
  const stop = (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'draining requests and stopping');
    const force = setTimeout(() => {
      log.error('stopping took longer than the drain timeout and 10 s; exiting');
      process.exit(code || 1);
    }, config.shutdownDrainMs + 10_000);
    force.unref();
    server.close().then(
      () => {
        log.info('stopped cleanly');
        process.exit(code);
      },
      (err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(code || 1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM', 0));
  process.on('SIGINT', () => stop('SIGINT', 0));
  // Our own embedded database died: nothing can be served until it is back, and a restart of
  // the whole process (its supervisor's job) brings it back through the one tested start path.
  server.onDatabaseLost((cause) => stop(cause, EX_TEMPFAIL));

  log.info({ url: server.url }, 'Lotgraph is ready');
  process.stdout.write(
    `\nLotgraph GraphQL API: ${server.url} (HTTP and graphql-ws)\n` +
      `Health: ${server.url.replace('/graphql', '/healthz')}, metrics: ${server.url.replace('/graphql', '/metrics')}\n` +
      `Get a development token: npm run token -- --role QA_MANAGER\n` +
      `Then: curl -s ${server.url} -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"query":"{ me { name roles } }"}'\n\n`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`lotgraph: ${err.message}\n`);
    process.exit(78);
  }
  const cause = err instanceof Error ? err.stack : `${String(err)} (no error object: a bug in Lotgraph; please report it)`;
  process.stderr.write(`lotgraph: failed to start: ${cause}\n`);
  process.exit(1);
});
