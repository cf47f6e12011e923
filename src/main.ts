import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './server/logger';
import { startLotgraph } from './server/lotgraph-server';

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
  log.info({ url: server.url }, 'Lotgraph is ready');
  process.stdout.write(
    `\nLotgraph GraphQL API: ${server.url} (HTTP and graphql-ws)\n` +
      `Health: ${server.url.replace('/graphql', '/healthz')}, metrics: ${server.url.replace('/graphql', '/metrics')}\n` +
      `Get a development token: npm run token -- --role QA_MANAGER\n` +
      `Then: curl -s ${server.url} -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"query":"{ me { name roles } }"}'\n\n`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'draining requests and stopping');
    const force = setTimeout(() => {
      log.error('shutdown took longer than 25 s; exiting');
      process.exit(1);
    }, 25_000);
    force.unref();
    server.close().then(
      () => {
        log.info('stopped cleanly');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`lotgraph: ${err.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`lotgraph: failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
