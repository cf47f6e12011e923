import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startLotgraph } from '../../src/server/lotgraph-server';

/**
 * A second Lotgraph process on a test's database, as behind a load balancer: started by
 * `startPeerServer` with the environment it is given, it reports its URL and, on request, how
 * many subscriptions it serves.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const server = await startLotgraph(config, { log: pino({ level: config.logLevel }) });
  process.send?.({ url: server.url });
  process.on('message', (msg: { cmd?: string }) => {
    if (msg.cmd === 'subscribers') process.send?.({ subscribers: server.platform.events.subscriberCount });
    if (msg.cmd === 'stop') void server.close().then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
