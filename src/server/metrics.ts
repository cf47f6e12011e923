import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';
import type { DataSource } from 'typeorm';
import { poolOf } from '../db/data-source';

collectDefaultMetrics({ prefix: 'lotgraph_' });

export const httpDuration = new Histogram({
  name: 'lotgraph_http_request_duration_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

export const graphqlDuration = new Histogram({
  name: 'lotgraph_graphql_operation_duration_seconds',
  help: 'GraphQL operation duration by operation name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

export const graphqlErrors = new Counter({
  name: 'lotgraph_graphql_errors_total',
  help: 'GraphQL errors by code',
  labelNames: ['code'] as const,
});

export const sqlPerRequest = new Histogram({
  name: 'lotgraph_sql_statements_per_request',
  help: 'SQL statements per GraphQL request',
  buckets: [1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
});

const poolGauge = new Gauge({
  name: 'lotgraph_db_pool_connections',
  help: 'Database pool connections by state',
  labelNames: ['state'] as const,
});

let pooled: DataSource | null = null;

/** Pool usage is read at scrape time from the one DataSource of the process. */
export function trackPool(ds: DataSource): void {
  pooled = ds;
}

export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const pool = pooled ? poolOf(pooled) : undefined;
  if (pool) {
    poolGauge.set({ state: 'total' }, pool.totalCount);
    poolGauge.set({ state: 'idle' }, pool.idleCount);
    poolGauge.set({ state: 'waiting' }, pool.waitingCount);
  }
  return { contentType: register.contentType, body: await register.metrics() };
}
