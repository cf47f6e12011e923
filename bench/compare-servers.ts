import pg from 'pg';
import { startBaselineServer } from './baseline-handle';
import type { CompareQuery, ServerName } from './compare-queries';
import { preparePostGraphile } from './postgraphile-install';
import { parentPid } from './proc-cpu';
import { BENCH_SECRET } from './server-process';
import { startBenchServer } from './server-handle';

/** Lotgraph's pool: createDataSource's default (src/db/data-source.ts); the baselines get the same. */
export const LOTGRAPH_POOL_SIZE = 20;
/** Sequential requests per server and query to count its statements per request (the median). */
const STATEMENT_PROBES = 20;

/** One server under test, as the load generator and the CPU readings see it. */
export interface Target {
  name: ServerName;
  url: string;
  pid: number;
  headers: Record<string, string>;
  /** Statements the server sent for one request of `query`, measured over a few sequential requests. */
  statements: (query: CompareQuery) => Promise<number>;
}

export async function post(target: Target, request: object): Promise<{ status: number; body: { data?: unknown; errors?: unknown } }> {
  const res = await fetch(target.url, { method: 'POST', headers: target.headers, body: JSON.stringify(request) });
  return { status: res.status, body: (await res.json()) as never };
}

/**
 * A Target's `statements`: the server's statement counter around each of a few sequential
 * requests, the median of those counts: Lotgraph's counter also counts its own background work
 * (relay polls), which the median leaves out unless it lands on most requests.
 */
function countedBy(counter: () => Promise<number>) {
  return async function statements(this: Target, query: CompareQuery): Promise<number> {
    const counts: number[] = [];
    for (let i = 0; i < STATEMENT_PROBES; i++) {
      const before = await counter();
      await post(this, query.requests[this.name]);
      counts.push((await counter()) - before);
    }
    return counts.sort((a, b) => a - b)[Math.floor(counts.length / 2)];
  };
}

/**
 * Lotgraph (production mode) on a throwaway embedded PostgreSQL seeded for the comparison, then
 * PostGraphile and the hand-written server on the same database; `stop` ends all three.
 */
export async function startCompareServers(seed: { materials: number; suppliers: number; linksPerMaterial: number; lots: number }) {
  const postgraphile = preparePostGraphile();
  const lotgraph = await startBenchServer<{ lotIds: string[] }>(['compare', String(seed.materials), String(seed.suppliers), String(seed.linksPerMaterial), String(seed.lots)], { production: true });
  const stops: (() => Promise<void>)[] = [() => lotgraph.stop()];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };
  try {
    const jwt = { secret: BENCH_SECRET, issuer: lotgraph.jwt.issuer, audience: lotgraph.jwt.audience };
    const baseline = { databaseUrl: lotgraph.databaseUrl, jwt, poolSize: LOTGRAPH_POOL_SIZE };
    const hand = await startBaselineServer('hand-sql-server.js', baseline);
    stops.push(() => hand.stop());
    const graphile = await startBaselineServer('postgraphile-server.js', {
      ...baseline,
      execPath: postgraphile.node,
      env: { POSTGRAPHILE_CACHE: postgraphile.cache, NODE_ENV: 'production' },
      quiet: true,
    });
    stops.push(() => graphile.stop());
    const client = new pg.Client({ connectionString: lotgraph.databaseUrl });
    await client.connect();
    const { pid, version } = (await client.query<{ pid: number; version: string }>("SELECT pg_backend_pid() AS pid, current_setting('server_version') AS version")).rows[0];
    // The backend's parent, read while this connection (and so its backend) is still open.
    const postmaster = parentPid(pid);
    await client.end();
    const headers = lotgraph.headers('QA_MANAGER');
    const targets: Target[] = [
      { name: 'Lotgraph', url: lotgraph.url, pid: lotgraph.pid, headers, statements: countedBy(() => lotgraph.statementsTotal()) },
      { name: 'PostGraphile', url: graphile.url, pid: graphile.pid, headers, statements: countedBy(graphile.queries) },
      { name: 'hand SQL', url: hand.url, pid: hand.pid, headers, statements: countedBy(hand.queries) },
    ];
    return {
      lotgraph,
      targets,
      /** The embedded PostgreSQL's postmaster: its children are the backends whose CPU is read. */
      postmaster,
      versions: { postgraphile: `${graphile.version} (amber, Node ${graphile.node})`, postgres: version },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
