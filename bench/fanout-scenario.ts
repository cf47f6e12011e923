import os from 'node:os';
import type { Role } from '../src/core/authz/role';
import { driveStatusBurst } from './fanout-burst';
import { startClientPool } from './fanout-client-pool';
import { FANOUT_SUPPLIER } from './seed-fanout';
import { percentile, startBenchServer } from './server-handle';

export interface FanoutOptions {
  /** Subscriber counts to try in turn, each on a fresh server; stops at the first that fails. */
  steps: number[];
  /** Lot status changes in each burst. */
  events: number;
  /** startLotTesting requests in flight during the burst. */
  workers: number;
  /** WebSocket handshakes in flight while subscribers connect. */
  handshakes: number;
  /** Subscribers per client process. */
  perProcess: number;
  /** A step fails when p99 commit-to-delivery exceeds this. */
  p99LimitMs: number;
}

/** Roles that may read every fan-out lot (SUPPLIER through its row rule): each subscriber gets every event. */
const ROLES: { roles: Role[]; supplierId?: string }[] = [
  { roles: ['QA_MANAGER'] },
  { roles: ['QA_INSPECTOR'] },
  { roles: ['WAREHOUSE'] },
  { roles: ['PRODUCTION'] },
  { roles: ['SUPPLIER'], supplierId: FANOUT_SUPPLIER },
];

const mib = (bytes: number) => (bytes / 1048576).toFixed(0);
const progress = (line: string) => process.stderr.write(`[fanout] ${line}\n`);

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** One step: `subscribers` clients on one fresh server, one burst of status changes, every delivery timed. */
async function fanoutStep(subscribers: number, opts: FanoutOptions): Promise<{ row: string; ok: boolean; notes: string[] }> {
  const server = await startBenchServer<{ lotIds: string[] }>(['fanout', String(opts.events)]);
  const notes: string[] = [];
  try {
    const tokens = Array.from({ length: subscribers }, (_, i) => server.token({ sub: `fanout-${i}`, name: `Subscriber ${i}`, ...ROLES[i % ROLES.length] }));
    const processes = Math.max(1, Math.ceil(subscribers / opts.perProcess));
    progress(`${subscribers} subscribers: connecting from ${processes} client process(es)`);
    const pool = await startClientPool({ url: server.url, tokens, processes, concurrency: opts.handshakes });
    try {
      const setup = `${(pool.setupMs / 1000).toFixed(1)}`;
      if (pool.failed > 0) notes.push(`${subscribers}: ${pool.failed} connections failed (${[...new Set(pool.setupErrors)].join('; ')})`);
      const registered = await waitFor(async () => (await server.subscribers()) >= pool.connected, 60_000);
      if (!registered) notes.push(`${subscribers}: only ${await server.subscribers()} subscriptions registered on the server`);
      const idle = await server.memory();
      progress(`${pool.connected} connected in ${setup} s, server RSS ${mib(idle.rss)} MiB; burst of ${opts.events} startLotTesting`);
      const burst = await driveStatusBurst(server.url, server.headers('QA_INSPECTOR'), server.seeded.lotIds, opts.workers);
      if (burst.failed > 0) notes.push(`${subscribers}: ${burst.failed} mutations failed: ${burst.errors.join('; ')}`);
      const got = await pool.collect(burst.committed, 15_000, 300_000);
      const memory = await server.memory();
      // Subscribers that never connected missed every event too.
      const lost = got.lost + pool.failed * burst.committed;
      const spanS = Math.max(1, got.lastReceivedAt - burst.startedAt) / 1000;
      const p99 = percentile(got.latencies, 99);
      if (got.errors.length > 0) notes.push(`${subscribers}: ${[...new Set(got.errors)].join('; ')}`);
      const ok = pool.failed === 0 && registered && lost === 0 && burst.failed === 0 && got.duplicates === 0 && p99 <= opts.p99LimitMs;
      const row =
        `| ${subscribers} | ${processes} | ${setup} | ${burst.committed} | ${(burst.committed / ((burst.finishedAt - burst.startedAt) / 1000)).toFixed(1)} ` +
        `| ${got.delivered} | ${lost} | ${got.duplicates} | ${percentile(got.latencies, 50).toFixed(0)} | ${p99.toFixed(0)} | ${got.latencies[got.latencies.length - 1]?.toFixed(0) ?? '-'} ` +
        `| ${(got.delivered / spanS).toFixed(0)} | ${mib(idle.rss)} | ${mib(memory.maxRss)} | ${os.loadavg()[0].toFixed(1)} | ${ok ? 'ok' : 'FAIL'} |`;
      progress(`${row} startLotTesting p50 ${percentile(burst.latencies, 50).toFixed(0)} ms, p99 ${percentile(burst.latencies, 99).toFixed(0)} ms`);
      return { row, ok, notes };
    } finally {
      await pool.close();
    }
  } finally {
    await server.stop();
  }
}

/**
 * lotStatusChanged fan-out: N graphql-ws subscribers, each with its own token, on one server;
 * a burst of startLotTesting commits; latency from the event's occurredAt (set in the committing
 * transaction) to arrival at each client, loss, throughput and server memory, stepping N up.
 */
export async function fanoutScenario(opts: FanoutOptions): Promise<string> {
  const rows: string[] = [];
  const notes: string[] = [];
  for (const subscribers of opts.steps) {
    const step = await fanoutStep(subscribers, opts);
    rows.push(step.row);
    notes.push(...step.notes);
    if (!step.ok) break;
  }
  return (
    `### Fan-out: lotStatusChanged to N WebSocket subscribers, a burst of ${opts.events} startLotTesting (${opts.workers} in flight), one fresh server per row\n\n` +
    "Latency: from the event's occurredAt (the outbox row's clock_timestamp(), stamped at the end of the committing transaction) to arrival at the client.\n\n" +
    '| subscribers | client processes | setup s | events | commits/s | deliveries | lost | duplicates | p50 ms | p99 ms | max ms | deliveries/s | server RSS subscribed MiB | server peak RSS MiB | host load 1m | result |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n' +
    rows.join('\n') +
    (notes.length > 0 ? `\n\n${notes.map((n) => `- ${n}`).join('\n')}` : '')
  );
}
