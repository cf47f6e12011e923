import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
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

export const subscriptionResults = new Counter({
  name: 'lotgraph_subscription_results_total',
  help: 'Subscription event results: executed for a group, or shared with another member of it',
  labelNames: ['source'] as const,
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

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /metrics. With METRICS_TOKEN set, a scrape must send `Authorization: Bearer <token>`
 * (compared in constant time); without it, metrics are open outside production and refused to
 * everyone in production, where they would tell anyone the load, the error rates and the pool.
 */
export function metricsRoute(config: Config) {
  const expected = config.metrics.token ? digest(config.metrics.token) : null;
  const production = config.nodeEnv === 'production';
  return async (req: Request, res: Response): Promise<void> => {
    if (expected) {
      const given = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '';
      if (!timingSafeEqual(digest(given), expected)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        res.status(401).json({ error: 'A scrape needs the bearer token METRICS_TOKEN names' });
        return;
      }
    } else if (production) {
      res.status(403).json({ error: 'Metrics are not served in production until METRICS_TOKEN is set' });
      return;
    }
    const { contentType, body } = await renderMetrics();
    res.type(contentType).send(body);
  };
}
