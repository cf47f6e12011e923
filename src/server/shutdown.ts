import type { Server as HttpServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { ServiceHealth } from './health';

export interface StoppableParts {
  httpServer: HttpServer;
  health: ServiceHealth;
  /** Publishes committed events and waits until subscribers took them (false: timed out). */
  deliverCommitted(timeoutMs: number): Promise<boolean>;
  closeSockets(): Promise<void>;
  /** Everything after the sockets: HTTP framework, jobs, workers, relay, pool, database. */
  stopRest(): Promise<void>;
}

/**
 * The order of a stop: refuse new work (new connections and requests get nothing but 503),
 * let the requests in flight finish (their mutations commit), deliver the events they
 * committed to the open subscriptions, then close the sockets and stop the rest. The waiting
 * is bounded by `drainTimeoutMs`; what has not finished by then is cut off.
 */
export async function drainAndStop(parts: StoppableParts, drainTimeoutMs: number, log: Logger): Promise<void> {
  const deadline = Date.now() + drainTimeoutMs;
  const left = () => Math.max(0, deadline - Date.now());
  parts.health.stopping();
  // No new connections from here; the idle ones close now, busy ones once their request is answered.
  const closed = new Promise<void>((resolve) => parts.httpServer.close(() => resolve()));
  parts.httpServer.closeIdleConnections();
  log.debug('waiting for requests in flight');
  if (!(await parts.health.requestsDone(left()))) log.warn({ drainTimeoutMs }, 'requests still in flight at the drain timeout; cutting them off');
  // Without its database the relay has nothing more to read.
  if (parts.health.lostDatabase === null) {
    log.debug('delivering committed events to subscribers');
    if (!(await parts.deliverCommitted(left()))) log.warn({ drainTimeoutMs }, 'events still undelivered at the drain timeout');
  }
  log.debug('closing WebSocket subscriptions');
  await parts.closeSockets();
  parts.httpServer.closeAllConnections();
  await Promise.race([closed, sleep(Math.max(left(), 1000), undefined, { ref: false })]);
  await parts.stopRest();
}
