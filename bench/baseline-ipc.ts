import type { Server } from 'node:http';

/** The part of a pg Pool the counter needs (the PostGraphile server brings its own copy of pg). */
interface CountablePool {
  on(event: 'connect', listener: (client: { query: (...args: never[]) => unknown }) => void): unknown;
  end(): Promise<void>;
}

/** Counts every query sent on the pool's connections: the statements a baseline server issues. */
export function countQueries(pool: CountablePool): () => number {
  let count = 0;
  pool.on('connect', (client) => {
    const query = client.query.bind(client);
    client.query = (...args: never[]) => {
      count += 1;
      return query(...args);
    };
  });
  return () => count;
}

/**
 * A baseline server's side of the bench's IPC (as server-process.ts for Lotgraph): reports its URL
 * once listening, its statement count on `stats`, closes on `stop`.
 */
export function serveBenchIpc(server: Server, pool: CountablePool, queries: () => number, info: Record<string, unknown> = {}): void {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  process.send?.({ url: `http://127.0.0.1:${address.port}/graphql`, ...info });
  process.on('message', (msg: { cmd?: string }) => {
    if (msg.cmd === 'stats') process.send?.({ queries: queries() });
    if (msg.cmd === 'stop') {
      server.closeAllConnections();
      server.close(() => void pool.end().then(() => process.exit(0)));
    }
  });
}

/** The claims check every server of the comparison makes: an HS256 token of the bench issuer. */
export interface BenchJwt {
  secret: string;
  issuer: string;
  audience: string;
}

export function benchJwtFromEnv(): BenchJwt {
  const { BENCH_JWT_SECRET, BENCH_JWT_ISSUER, BENCH_JWT_AUDIENCE } = process.env;
  if (!BENCH_JWT_SECRET || !BENCH_JWT_ISSUER || !BENCH_JWT_AUDIENCE) throw new Error('BENCH_JWT_* not set');
  return { secret: BENCH_JWT_SECRET, issuer: BENCH_JWT_ISSUER, audience: BENCH_JWT_AUDIENCE };
}
