import os from 'node:os';
import autocannon from 'autocannon';
import { compareQueries, SERVERS, type CompareQuery, type ServerName } from './compare-queries';
import { LOTGRAPH_POOL_SIZE, post, startCompareServers, type Target } from './compare-servers';
import { childrenCpuMs, cpuDeltaMs, processCpuMs } from './proc-cpu';

export interface CompareOptions {
  materials: number;
  suppliers: number;
  /** Approved suppliers per material (material_supplier rows = materials x this). */
  linksPerMaterial: number;
  lots: number;
  seconds: number;
  warmupSeconds: number;
  /** Timed runs per server, query and connection count, interleaved across the servers. */
  runs: number;
  connections: number[];
  /** Also time Lotgraph alone as a SUPPLIER (row-scoped reads), one run at the first connection count. */
  supplierRun: boolean;
}

interface Tally {
  requests: number;
  seconds: number;
  nodeCpuMs: number;
  pgCpuMs: number;
  errors: number;
  rates: number[];
  p50: number[];
  p99: number[];
  load: number[];
}

const progress = (line: string) => process.stderr.write(`[compare] ${line}\n`);

/** Every server returns the same data for every query, or the scenario stops here. */
async function verify(targets: Target[], queries: CompareQuery[]): Promise<string[]> {
  const lines: string[] = [];
  for (const query of queries) {
    const results = new Map<ServerName, string>();
    for (const target of targets) {
      const { status, body } = await post(target, query.requests[target.name]);
      if (status !== 200 || body.errors || !body.data) throw new Error(`${target.name}, ${query.name}: HTTP ${status} ${JSON.stringify(body).slice(0, 500)}`);
      const rows = query.normalize[target.name](body.data);
      if (rows.length === 0) throw new Error(`${target.name}, ${query.name}: no rows (the comparison would be empty)`);
      results.set(target.name, JSON.stringify(rows));
      if (target.name === 'Lotgraph') lines.push(`- ${query.name}: ${query.describe(rows)}, the same from all three servers`);
    }
    const reference = results.get('Lotgraph');
    for (const [name, json] of results) {
      if (json !== reference) throw new Error(`${query.name}: ${name} returns other data than Lotgraph:\n  Lotgraph: ${reference?.slice(0, 400)}\n  ${name}: ${json.slice(0, 400)}`);
    }
  }
  return lines;
}

async function timeRun(target: Target, query: CompareQuery, connections: number, seconds: number, postmaster: number) {
  const pgBefore = childrenCpuMs(postmaster);
  const nodeBefore = processCpuMs(target.pid);
  const r = await autocannon({ url: target.url, method: 'POST', headers: target.headers, body: JSON.stringify(query.requests[target.name]), connections, duration: seconds });
  const nodeCpuMs = processCpuMs(target.pid) - nodeBefore;
  const pgCpuMs = cpuDeltaMs(pgBefore, childrenCpuMs(postmaster));
  return { r, nodeCpuMs, pgCpuMs };
}

function emptyTally(): Tally {
  return { requests: 0, seconds: 0, nodeCpuMs: 0, pgCpuMs: 0, errors: 0, rates: [], p50: [], p99: [], load: [] };
}

function record(t: Tally, run: Awaited<ReturnType<typeof timeRun>>): void {
  const { r } = run;
  t.requests += r.requests.total;
  t.seconds += r.duration;
  t.nodeCpuMs += run.nodeCpuMs;
  t.pgCpuMs += run.pgCpuMs;
  t.errors += r.errors + r.timeouts + r.non2xx;
  t.rates.push(r.requests.total / r.duration);
  t.p50.push(r.latency.p50);
  t.p99.push(r.latency.p99);
  t.load.push(os.loadavg()[0]);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const rate = (t: Tally) => t.requests / t.seconds;
const keyOf = (query: CompareQuery, name: ServerName) => `${query.name}|${name}`;

/** At one connection count: per query, a warm-up on each server, then the interleaved runs. */
async function timeAt(connections: number, queries: CompareQuery[], targets: Target[], opts: CompareOptions, postmaster: number): Promise<Map<string, Tally>> {
  const tallies = new Map<string, Tally>();
  for (const query of queries) {
    for (const target of targets) {
      await autocannon({ url: target.url, method: 'POST', headers: target.headers, body: JSON.stringify(query.requests[target.name]), connections, duration: opts.warmupSeconds });
    }
    for (let run = 1; run <= opts.runs; run++) {
      for (const target of targets) {
        const timed = await timeRun(target, query, connections, opts.seconds, postmaster);
        const t = tallies.get(keyOf(query, target.name)) ?? emptyTally();
        tallies.set(keyOf(query, target.name), t);
        record(t, timed);
        progress(
          `${connections} conn, ${query.name}, ${target.name}, run ${run}: ${t.rates[t.rates.length - 1].toFixed(0)} req/s, ` +
            `p50 ${timed.r.latency.p50} ms, p99 ${timed.r.latency.p99} ms, load ${os.loadavg()[0].toFixed(1)}`,
        );
      }
    }
  }
  return tallies;
}

function section(connections: number, queries: CompareQuery[], tallies: Map<string, Tally>, statements: Map<string, number>, loadStart: number[]): string {
  const rows: string[] = [];
  const ratios: string[] = [];
  for (const query of queries) {
    for (const name of SERVERS) {
      const t = tallies.get(keyOf(query, name)) as Tally;
      rows.push(
        `| ${query.name} | ${name} | ${rate(t).toFixed(0)} | ${t.rates.map((x) => x.toFixed(0)).join(', ')} | ${mean(t.p50).toFixed(1)} | ${mean(t.p99).toFixed(1)} ` +
          `| ${(t.nodeCpuMs / t.requests).toFixed(2)} | ${(t.pgCpuMs / t.requests).toFixed(2)} | ${(statements.get(keyOf(query, name)) as number).toFixed(1)} | ${t.errors} | ${mean(t.load).toFixed(1)} |`,
      );
    }
    const r = (name: ServerName) => rate(tallies.get(keyOf(query, name)) as Tally);
    ratios.push(`| ${query.name} | ${(r('Lotgraph') / r('PostGraphile')).toFixed(2)} | ${(r('Lotgraph') / r('hand SQL')).toFixed(2)} |`);
  }
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
  return (
    `#### ${connections} connections\n\n` +
    `Host load average (1/5/15 min) at the start: ${load(loadStart)}, at the end: ${load(os.loadavg())}.\n\n` +
    '| query | server | req/s | req/s per run | p50 ms | p99 ms | server Node CPU ms/req | PostgreSQL CPU ms/req | statements/req | errors | load 1m |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|\n' +
    rows.join('\n') +
    '\n\n| query | Lotgraph / PostGraphile req/s | Lotgraph / hand SQL req/s |\n|---|---|---|\n' +
    ratios.join('\n')
  );
}

/**
 * Lotgraph against PostGraphile v5 (amber) and a hand-written one-statement server, all three on
 * one embedded PostgreSQL seeded with bulk master data and lots: req/s, p50/p99, CPU per request
 * in each server process and in PostgreSQL, statements per request.
 */
export async function compareScenario(opts: CompareOptions): Promise<string> {
  progress(`seeding ${opts.materials} materials, ${opts.suppliers} suppliers, ${opts.materials * opts.linksPerMaterial} approved-supplier links, ${opts.lots} lots`);
  const { lotgraph, targets, postmaster, versions, stop } = await startCompareServers(opts);
  try {
    const queries = compareQueries(lotgraph.seeded.lotIds[1]);
    const verified = await verify(targets, queries);
    const statements = new Map<string, number>();
    for (const query of queries) for (const target of targets) statements.set(keyOf(query, target.name), await target.statements(query));
    const sections: string[] = [];
    let failed = false;
    for (const connections of opts.connections) {
      const loadStart = os.loadavg();
      const tallies = await timeAt(connections, queries, targets, opts, postmaster);
      if ([...tallies.values()].some((t) => t.errors > 0)) failed = true;
      sections.push(section(connections, queries, tallies, statements, loadStart));
    }
    if (opts.supplierRun) sections.push(await supplierSection(targets[0], lotgraph.token.bind(lotgraph), opts, postmaster));
    if (failed) process.exitCode = 1;
    return (
      `### Compare: Lotgraph, PostGraphile ${versions.postgraphile} and hand SQL on one PostgreSQL ${versions.postgres}\n\n` +
      `${opts.materials} materials, ${opts.suppliers} suppliers, ${opts.materials * opts.linksPerMaterial} approved-supplier links, ${opts.lots} lots (seeded in ${lotgraph.seedMs} ms). ` +
      `Pool ${LOTGRAPH_POOL_SIZE} connections each; QA_MANAGER token (sees everything), verified by every server; Lotgraph and PostGraphile in production mode. ` +
      `Per server, query and connection count: ${opts.warmupSeconds} s warm-up, then ${opts.runs} run(s) of ${opts.seconds} s interleaved (${SERVERS.join(', ')}, ${SERVERS.join(', ')}, ...). ` +
      "req/s over all runs; p50/p99 the mean of the runs'; CPU from /proc (server process alone; PostgreSQL: all processes under the postmaster, the other two servers idle meanwhile).\n\n" +
      `Data checked before timing:\n${verified.join('\n')}\n\n${sections.join('\n\n')}${failed ? '\n\nFAILED: some requests failed (errors column).' : ''}`
    );
  } finally {
    await stop();
  }
}

/** Lotgraph alone with a SUPPLIER token: the row-scoped path the baselines do not have. */
async function supplierSection(lotgraph: Target, token: (claims: object) => string, opts: CompareOptions, postmaster: number): Promise<string> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token({ roles: ['SUPPLIER'], supplierId: 'sup_bench_1' })}` };
  const target: Target = { ...lotgraph, headers };
  const probe = await post(target, { query: '{ lots(first: 1) { edges { node { id } } } }' });
  const lotId = (probe.body.data as { lots: { edges: { node: { id: string } }[] } } | undefined)?.lots.edges[0]?.node.id;
  if (!lotId) return `Lotgraph as SUPPLIER: no lot readable (${JSON.stringify(probe.body).slice(0, 300)})`;
  const connections = opts.connections[0];
  const rows: string[] = [];
  for (const query of compareQueries(lotId)) {
    const first = await post(target, query.requests.Lotgraph);
    const errors = first.body.errors ? `${(first.body.errors as unknown[]).length} GraphQL errors` : '';
    const items = first.body.data ? query.describe(query.normalize.Lotgraph(first.body.data)) : 'no data';
    const { r, nodeCpuMs, pgCpuMs } = await timeRun(target, query, connections, opts.seconds, postmaster);
    const statements = await target.statements(query);
    rows.push(
      `| ${query.name} | ${items}${errors ? `; ${errors}` : ''} | ${(r.requests.total / r.duration).toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} ` +
        `| ${(nodeCpuMs / r.requests.total).toFixed(2)} | ${(pgCpuMs / r.requests.total).toFixed(2)} | ${statements.toFixed(1)} | ${r.errors + r.timeouts + r.non2xx} |`,
    );
  }
  return (
    `#### Lotgraph as SUPPLIER (sup_bench_1), ${connections} connections, one run of ${opts.seconds} s\n\n` +
    '| query | returned | req/s | p50 ms | p99 ms | Node CPU ms/req | PostgreSQL CPU ms/req | statements/req | errors |\n|---|---|---|---|---|---|---|---|---|\n' +
    rows.join('\n')
  );
}
