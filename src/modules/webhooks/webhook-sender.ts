import type { Platform } from '../../core/platform';
import { retryDelayMs } from './webhook-backoff';
import type { WebhookBody } from './webhook-body';
import { freshBodies, type FreshBody } from './webhook-fresh-bodies';
import { postWebhook } from './webhook-http';
import { webhookEventTypeName } from './webhook-event-types';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature';

export interface SenderOptions {
  retryBaseMs: number;
  timeoutMs: number;
}

interface Claimed {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  attempts: number;
  give_up_at: Date;
  url: string;
  secret: string;
}

const BATCH = 10;
/**
 * How long a claimed delivery is its sender's (longer than any send may take: WEBHOOK_TIMEOUT_MS
 * is at most a minute); after it, should that sender have died mid-send, another retries it.
 */
const LEASE = '2 minutes';

/**
 * Sends the deliveries that are due: each is claimed (attempt counted, leased) before the HTTP
 * call, so two processes never send the same attempt, a redelivery waits for the lease to end,
 * and a crash mid-send only delays it. A webhook's deliveries go one at a time, in `seq` (outbox)
 * order: only the earliest PENDING one of a webhook may be claimed (NOT EXISTS an earlier one),
 * so a later event never overtakes one still being retried. Deliveries of a deactivated owner are given up, not sent.
 * Every attempt is logged; a failure is retried with backoff until its 24 hours are up.
 */
export async function sendDueDeliveries(platform: Platform, options: SenderOptions): Promise<number> {
  const [claimed] = (await platform.dataSource.query(
    `UPDATE webhook_delivery d SET attempts = d.attempts + 1, leased_until = now() + interval '${LEASE}', next_attempt_at = now() + interval '${LEASE}'
     FROM webhook w
     WHERE w.id = d.webhook_id AND w.status = 'ACTIVE' AND d.id IN (
       SELECT d2.id FROM webhook_delivery d2 JOIN webhook w2 ON w2.id = d2.webhook_id
       WHERE d2.status = 'PENDING' AND d2.next_attempt_at <= now() AND (d2.leased_until IS NULL OR d2.leased_until <= now()) AND w2.status = 'ACTIVE'
         AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.webhook_id = d2.webhook_id AND e.status = 'PENDING' AND e.seq < d2.seq)
       ORDER BY d2.next_attempt_at LIMIT ${BATCH} FOR UPDATE OF d2 SKIP LOCKED)
     RETURNING d.id, d.webhook_id, d.event_id::text, d.event_type, d.attempts, d.give_up_at, w.url, w.secret`,
  )) as [Claimed[], number];
  const bodies = await freshBodies(platform, platform.dataSource.manager, claimed).catch(async (err: unknown) => {
    // Nothing was sent: hand the claimed deliveries back at once rather than after their lease.
    await platform.dataSource.query(
      `UPDATE webhook_delivery SET attempts = attempts - 1, leased_until = NULL, next_attempt_at = now() WHERE id = ANY($1) AND status = 'PENDING'`, [claimed.map((d) => d.id)]);
    throw err;
  });
  await Promise.all(claimed.map((delivery) => attempt(platform, delivery, bodies.get(delivery.id)!, options)));
  return claimed.length;
}

async function attempt(platform: Platform, delivery: Claimed, fresh: FreshBody, options: SenderOptions): Promise<void> {
  if ('refusal' in fresh) {
    // Nothing was sent, so no attempt is logged.
    await recordOutcome(platform, delivery, { outcome: 'FAILED', statusCode: null, error: fresh.refusal, started: Date.now(), durationMs: 0, sent: false });
    platform.log.warn({ delivery: delivery.id, webhook: delivery.webhook_id, reason: fresh.refusal }, 'webhook delivery given up');
    return;
  }
  if ('fault' in fresh) {
    // Nothing was sent: tried again after the backoff, like a failed send.
    const retryAt = new Date(Date.now() + retryDelayMs(delivery.attempts, options.retryBaseMs));
    const outcome = retryAt > new Date(delivery.give_up_at) ? 'FAILED' : 'PENDING';
    await recordOutcome(platform, delivery, { outcome, statusCode: null, error: fresh.fault, started: Date.now(), durationMs: 0, retryAt, sent: false });
    platform.log.warn({ delivery: delivery.id, webhook: delivery.webhook_id, reason: fresh.fault }, 'webhook body not built');
    return;
  }
  const body = JSON.stringify(fresh.body);
  const started = Date.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    statusCode = await postWebhook({
      url: delivery.url,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Lotgraph-Webhooks/1',
        [SIGNATURE_HEADER]: signatureHeader(delivery.secret, Math.floor(Date.now() / 1000), body),
        'lotgraph-delivery-id': delivery.id,
        'lotgraph-event-id': delivery.event_id,
        'lotgraph-event-type': webhookEventTypeName(delivery.event_type),
      },
      body,
      timeoutMs: options.timeoutMs,
      // In production the target is checked again at every send (its DNS may have changed since registration).
      refuseInternal: platform.config.nodeEnv === 'production',
    });
    if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
  } catch (err) {
    error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
  const retryAt = new Date(Date.now() + retryDelayMs(delivery.attempts, options.retryBaseMs));
  const outcome = error === null ? 'SUCCEEDED' : retryAt > new Date(delivery.give_up_at) ? 'FAILED' : 'PENDING';
  await recordOutcome(platform, delivery, { outcome, statusCode, error, started, durationMs: Date.now() - started, retryAt, body: fresh.body, sent: true });
  if (outcome === 'FAILED') platform.log.warn({ delivery: delivery.id, webhook: delivery.webhook_id, attempts: delivery.attempts }, 'webhook delivery given up');
}

interface Outcome {
  outcome: 'SUCCEEDED' | 'FAILED' | 'PENDING';
  statusCode: number | null;
  error: string | null;
  started: number;
  durationMs: number;
  retryAt?: Date;
  /** What was sent, when it was (the stored body then shows it). */
  body?: WebhookBody;
  /** Whether a request went out: only then is an attempt logged. */
  sent: boolean;
}

/**
 * The attempt's log entry and the delivery's state, together; a sender that outlived its lease
 * changes nothing, and neither does one whose webhook was deleted while it sent.
 */
async function recordOutcome(platform: Platform, delivery: Claimed, o: Outcome): Promise<void> {
  await platform.dataSource.transaction(async (manager) => {
    if (o.sent) await manager.query(
      `INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status_code, error, duration_ms)
       SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM webhook_delivery WHERE id = $1 FOR KEY SHARE)`,
      [delivery.id, delivery.attempts, new Date(o.started), o.statusCode, o.error, o.durationMs]);
    await manager.query(
      `UPDATE webhook_delivery SET status = $2, last_status_code = $3, last_error = $4, body = coalesce($7::jsonb, body),
         delivered_at = CASE WHEN $2 = 'SUCCEEDED' THEN now() END, next_attempt_at = CASE WHEN $2 = 'PENDING' THEN $5::timestamptz END, leased_until = NULL
       WHERE id = $1 AND attempts = $6 AND status = 'PENDING'`,
      [delivery.id, o.outcome, o.statusCode, o.error, o.retryAt ?? null, delivery.attempts, o.body ? JSON.stringify(o.body) : null]);
  });
}
