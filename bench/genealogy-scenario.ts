import { percentile, startBenchServer } from './server-handle';

interface Seeded {
  raw: string[];
  finished: string[];
  locationA: string;
  locationB: string;
}

const TRACE = 'query($id: ID!, $direction: TraceDirection!) { traceLot(id: $id, direction: $direction, maxDepth: 6) { nodes { lotId fromLotId depth quantity } } }';
const MOVE = 'mutation($input: MoveStockInput!) { moveStock(input: $input) { movement { id } userErrors { code } } }';

async function timed(url: string, headers: Record<string, string>, body: string): Promise<{ ms: number; json: { data?: unknown; errors?: unknown } }> {
  const started = process.hrtime.bigint();
  const res = await fetch(url, { method: 'POST', headers, body });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, json };
}

/** traceLot latency both ways at depth 6 over a 100,000-lot, 5-level genealogy, and moveStock throughput. */
export async function genealogyScenario(opts: { scale: number; seconds: number; connections: number }): Promise<string> {
  const server = await startBenchServer<Seeded>(['genealogy', String(opts.scale)]);
  try {
    const headers = server.headers();
    const lines: string[] = [];
    for (const [direction, ids] of [
      ['BACKWARD', server.seeded.finished],
      ['FORWARD', server.seeded.raw],
    ] as const) {
      const times: number[] = [];
      let nodes = 0;
      for (const id of ids) {
        const { ms, json } = await timed(server.url, headers, JSON.stringify({ query: TRACE, variables: { id, direction } }));
        if (json.errors) throw new Error(JSON.stringify(json.errors));
        nodes += (json.data as { traceLot: { nodes: unknown[] } }).traceLot.nodes.length;
        times.push(ms);
      }
      times.sort((a, b) => a - b);
      lines.push(`| traceLot ${direction}, depth 6 | ${ids.length} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${(nodes / ids.length).toFixed(0)} |`);
    }
    // moveStock: each worker moves its own lot A -> B, one unit at a time, for the duration.
    const moveHeaders = server.headers('WAREHOUSE');
    const deadline = Date.now() + opts.seconds * 1000;
    const latencies: number[] = [];
    let failures = 0;
    await Promise.all(
      Array.from({ length: opts.connections }, async (_, worker) => {
        const lotId = server.seeded.finished[worker];
        while (Date.now() < deadline) {
          const input = { lotId, fromLocationId: server.seeded.locationA, toLocationId: server.seeded.locationB, quantity: '1' };
          const { ms, json } = await timed(server.url, moveHeaders, JSON.stringify({ query: MOVE, variables: { input } }));
          const payload = (json.data as { moveStock?: { userErrors: unknown[] } } | undefined)?.moveStock;
          if (json.errors || !payload || payload.userErrors.length > 0) failures++;
          latencies.push(ms);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const rate = latencies.length / opts.seconds;
    return (
      `### Genealogy: ${Math.round(100_000 * opts.scale)} lots over 5 BOM levels (seeded in ${server.seedMs} ms)\n\n` +
      '| query | samples | p50 ms | p95 ms | nodes/trace |\n|---|---|---|---|---|\n' +
      lines.join('\n') +
      `\n\nmoveStock (${opts.connections} concurrent clients, one lot each, ${opts.seconds} s): ${rate.toFixed(0)} moves/s, ` +
      `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, ${failures} failed; server RSS ${((await server.rss()) / 1048576).toFixed(0)} MiB`
    );
  } finally {
    await server.stop();
  }
}
