import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { startLotgraph } from '../src/server/lotgraph-server';
import { seedBulk } from './seed-bulk';
import { seedFanout } from './seed-fanout';
import { seedGenealogy } from './seed-genealogy';
import { seedLots } from './seed-lots';

export const BENCH_SECRET = 'bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
/** Lets the bench read /metrics of a server started in production mode (compare). */
export const BENCH_METRICS_TOKEN = 'bench-metrics-token-0123456789-abcdefghijklmnop';

/**
 * The server under test, in its own process so the load generator does not share its event
 * loop. Starts on a throwaway embedded database, seeds the scenario, then reports to the parent.
 */
async function main(): Promise<void> {
  const [scenario, a, b, c, d] = process.argv.slice(2);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotgraph-bench-'));
  // Development, so responses carry extensions.sqlStatements, unless the parent asked for
  // production (compare: Lotgraph as deployed; statements are then read from /metrics).
  const production = process.env.LOTGRAPH_BENCH_PRODUCTION === '1';
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: production ? 'production' : 'development',
    LOG_LEVEL: 'silent',
    JWT_SECRET: BENCH_SECRET,
    LOTGRAPH_DATA_DIR: dataDir,
    ...(production ? { METRICS_TOKEN: BENCH_METRICS_TOKEN } : {}),
  });
  const server = await startLotgraph(config, { log: pino({ level: 'silent' }) });
  const seedStart = Date.now();
  const ds = server.platform.dataSource;
  const seeded =
    scenario === 'genealogy'
      ? await seedGenealogy(ds, Number(a))
      : scenario === 'fanout'
        ? await seedFanout(ds, Number(a))
        : scenario === 'compare'
          ? (await seedBulk(ds, Number(a), Number(b), Number(c)), await seedLots(ds, Number(d), Number(a), Number(b), Number(c)))
          : (await seedBulk(ds, Number(a), Number(b)), {});
  process.send?.({ url: server.url, seedMs: Date.now() - seedStart, jwt: config.jwt, seeded, databaseUrl: (ds.options as { url?: string }).url });
  process.on('message', (msg: { cmd?: string }) => {
    if (msg.cmd === 'memory') process.send?.({ rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 });
    if (msg.cmd === 'subscribers') process.send?.({ subscribers: server.platform.events.subscriberCount });
    if (msg.cmd === 'stop') {
      void server.close().then(() => {
        fs.rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
      });
    }
  });
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
