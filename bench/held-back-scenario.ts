import { Client as PgClient } from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { withDatabase } from '../src/db/embedded-postgres';
import { driveStatusBurst } from './fanout-burst';
import { percentile, startBenchServer } from './server-handle';

export interface HeldBackOptions {
  /** Status changes committed in each phase, spread over its hold. */
  events: number;
  /** How long the other transaction stays open, milliseconds. */
  holdMs: number;
}

const SUBSCRIPTION = 'subscription HeldBack { lotStatusChanged(filter: { statuses: [UNDER_TEST] }) { eventId occurredAt } }';
const progress = (line: string) => process.stderr.write(`[held-back] ${line}\n`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Hold = 'nothing' | 'another database' | "Lotgraph's own database";

/** A transaction holding a write open in `url`'s database until `release`. */
async function holdWriteOpen(url: string): Promise<{ release(): Promise<void> }> {
  const client = new PgClient({ connectionString: url, application_name: 'held-back-bench' });
  await client.connect();
  await client.query('BEGIN');
  await client.query('CREATE TEMP TABLE held_open (n int)');
  await client.query('INSERT INTO held_open VALUES (1)');
  return {
    async release() {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

/** SQL statements the server sent per second over `ms` (its lotgraph_sql_statements_total). */
async function statementRate(graphqlUrl: string, ms: number): Promise<number> {
  const read = async () => {
    const text = await (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
    const line = text.split('\n').find((l) => l.startsWith('lotgraph_sql_statements_total '));
    if (!line) throw new Error('no lotgraph_sql_statements_total on /metrics');
    return Number(line.split(' ')[1]);
  };
  const before = await read();
  await pause(ms);
  return ((await read()) - before) / (ms / 1000);
}

/**
 * Commit-to-delivery while another transaction holds a write open for `holdMs`: in another
 * database of the same PostgreSQL, or in Lotgraph's own (one that wrote no events). Each phase
 * commits `events` status changes through startLotTesting, spread over the hold, and a graphql-ws
 * subscriber times each from the event's occurredAt (set as it is committed) to its arrival.
 * Also the server's SQL statements per second while idle, with and without the other hold: the
 * relay must not poll faster while something is held open.
 */
export async function heldBackScenario(opts: HeldBackOptions): Promise<string> {
  const phases: Hold[] = ['nothing', 'another database', "Lotgraph's own database"];
  const warmUp = 20;
  const server = await startBenchServer<{ lotIds: string[] }>(['fanout', String(warmUp + opts.events * phases.length)]);
  const otherUrl = withDatabase(server.databaseUrl, 'postgres');
  const arrivals = new Map<string, number>();
  const ws = createClient({
    url: server.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${server.token()}` },
    retryAttempts: 0,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      ws.subscribe<{ lotStatusChanged: { eventId: string; occurredAt: string } }>(
        { query: SUBSCRIPTION },
        {
          next: (r) => {
            const e = r.data?.lotStatusChanged;
            if (e && !arrivals.has(e.eventId)) arrivals.set(e.eventId, Date.now() - Date.parse(e.occurredAt));
          },
          error: reject,
          complete: () => undefined,
        },
      );
      const wait = async () => {
        while ((await server.subscribers()) < 1) await pause(50);
        resolve();
      };
      void wait();
    });

    progress('idle statement rate, nothing held');
    const idle = await statementRate(server.url, 10_000);
    const heldElsewhere = await holdWriteOpen(otherUrl);
    progress('idle statement rate, a write held open in another database');
    const idleHeld = await statementRate(server.url, 10_000);
    await heldElsewhere.release();

    // Unmeasured: the first requests of a fresh process are slower (compilation, caches).
    await driveStatusBurst(server.url, server.headers('QA_INSPECTOR'), server.seeded.lotIds.slice(-warmUp), 1);
    const rows: string[] = [];
    for (const [i, hold] of phases.entries()) {
      const lots = server.seeded.lotIds.slice(i * opts.events, (i + 1) * opts.events);
      const held = hold === 'nothing' ? null : await holdWriteOpen(hold === 'another database' ? otherUrl : server.databaseUrl);
      progress(`${opts.events} status changes over ${opts.holdMs} ms, holding open: ${hold}`);
      const started = Date.now();
      const before = arrivals.size;
      const headers = server.headers('QA_INSPECTOR');
      let failed = 0;
      for (const [n, lot] of lots.entries()) {
        const due = started + (n * opts.holdMs * 0.8) / opts.events;
        await pause(Math.max(0, due - Date.now()));
        failed += (await driveStatusBurst(server.url, headers, [lot], 1)).failed;
      }
      // Every event committed under the hold must arrive before it ends.
      const deadline = started + opts.holdMs;
      while (arrivals.size - before < lots.length - failed && Date.now() < deadline) await pause(20);
      const inTime = arrivals.size - before;
      await pause(Math.max(0, deadline - Date.now()));
      await held?.release();
      const latencies = [...arrivals.values()].slice(before).sort((a, b) => a - b);
      rows.push(`| ${hold} | ${lots.length - failed} | ${inTime} | ${percentile(latencies, 50) ?? '-'} | ${percentile(latencies, 99) ?? '-'} | ${latencies.at(-1) ?? '-'} |`);
    }
    return (
      `### Held back: events committed while another transaction holds a write open for ${opts.holdMs / 1000} s (one server, embedded PostgreSQL)\n\n` +
      '| held open | events committed | delivered during the hold | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n' +
      `${rows.join('\n')}\n\n` +
      `Server SQL statements/s while idle (relay, webhook and job polls), over 10 s: ${idle.toFixed(1)} with nothing held, ${idleHeld.toFixed(1)} with a write held open in another database.\n`
    );
  } finally {
    await ws.dispose();
    await server.stop();
  }
}
