import type { Platform } from '../../core/platform';
import { retryDelayMs } from './webhook-backoff';
import type { WebhookBody } from './webhook-body';
import { freshBodies, type FreshBody } from './webhook-fresh-bodies';
import { postWebhook } from './webhook-http';
import { webhookEventTypeName } from './webhook-event-types';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature';
import { leaseLapsed } from './webhook-sender-heartbeat';

export interface SenderOptions {
  retryBaseMs: number;
  timeoutMs: number;
  /** How long a process's heartbeat may be silent before its claims lapse. */
  leaseMs: number;
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

/** Who sends: this process's heartbeat id (its claims name it) and the sending options. */
export interface Sender {
  id: string;
  options: SenderOptions;
}

/**
 * Claims up to `limit` due deliveries for this process and starts sending them; resolves once
 * they are claimed and their attempts logged, with one promise per send. Each is claimed
 * (attempt counted, leased to this process) before the HTTP call, so two live processes never
 * send the same attempt and a redelivery waits for it. The claim binds while this process beats
 * (see SenderHeartbeat), up to a hard lease of the send's timeout plus `leaseMs`: a process that
 * dies mid-send has its deliveries taken over `leaseMs` later (plus a poll), a live one keeps
 * them through a slow send. A webhook's deliveries go one at a time, in `seq` (outbox) order:
 * only the earliest PENDING one of a webhook may be claimed (NOT EXISTS an earlier one), so a
 * later event never overtakes one still being retried, nor one being taken over. Deliveries of a
 * deactivated owner are given up, not sent. Every attempt is logged before its request goes out
 * and completed with its outcome after; a failure is retried with backoff until its 24 hours are up.
 */
export async function startDueSends(platform: Platform, sender: Sender, limit: number): Promise<Promise<void>[]> {
  const { options } = sender;
  const hardLease = `${options.timeoutMs + options.leaseMs} milliseconds`;
  const [claimed] = (await platform.dataSource.query(
    `UPDATE webhook_delivery d SET attempts = d.attempts + 1, leased_by = $1, leased_until = now() + $2::interval, next_attempt_at = now() + $2::interval
     FROM webhook w
     WHERE w.id = d.webhook_id AND w.status = 'ACTIVE' AND d.id IN (
       SELECT d2.id FROM webhook_delivery d2 JOIN webhook w2 ON w2.id = d2.webhook_id
       WHERE d2.status = 'PENDING' AND w2.status = 'ACTIVE'
         AND CASE WHEN d2.leased_until IS NULL THEN d2.next_attempt_at <= now() ELSE ${leaseLapsed('d2', options.leaseMs)} END
         AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.webhook_id = d2.webhook_id AND e.status = 'PENDING' AND e.seq < d2.seq)
       ORDER BY d2.next_attempt_at LIMIT ${Math.trunc(limit)} FOR UPDATE OF d2 SKIP LOCKED)
     RETURNING d.id, d.webhook_id, d.event_id::text, d.event_type, d.attempts, d.give_up_at, w.url, w.secret`,
    [sender.id, hardLease],
  )) as [Claimed[], number];
  if (claimed.length === 0) return [];
  // Until the attempts are logged nothing was sent: on a failure the claims go back at once rather than after their lease.
  const handBack = async (err: unknown): Promise<never> => {
    await platform.dataSource.query(
      `UPDATE webhook_delivery SET attempts = attempts - 1, leased_until = NULL, leased_by = NULL, next_attempt_at = now()
       WHERE id = ANY($1) AND status = 'PENDING' AND leased_by = $2`,
      [claimed.map((d) => d.id), sender.id],
    );
    throw err;
  };
  const bodies = await freshBodies(platform, platform.dataSource.manager, claimed).catch(handBack);
  const logged = await logAttemptsInFlight(
    platform,
    sender.id,
    claimed.filter((d) => 'body' in bodies.get(d.id)!),
  ).catch(handBack);
  // A claimed delivery not logged was deleted with its webhook meanwhile: nothing to send.
  return claimed.filter((d) => !('body' in bodies.get(d.id)!) || logged.has(d.id)).map((delivery) => attempt(platform, sender, delivery, bodies.get(delivery.id)!));
}

/**
 * The log lines of the attempts about to be sent, committed before any request goes out: should
 * this process die mid-send, the line stays without an outcome (duration_ms NULL), showing an
 * attempt that may have reached the endpoint. Returns the deliveries logged (still this process's).
 */
async function logAttemptsInFlight(platform: Platform, senderId: string, deliveries: Claimed[]): Promise<Set<string>> {
  if (deliveries.length === 0) return new Set();
  const rows: { delivery_id: string }[] = await platform.dataSource.query(
    `INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at)
     SELECT d.id, d.attempts, now() FROM webhook_delivery d
     WHERE d.id = ANY($1) AND d.leased_by = $2 AND d.status = 'PENDING' FOR KEY SHARE OF d
     RETURNING delivery_id`,
    [deliveries.map((d) => d.id), senderId],
  );
  return new Set(rows.map((r) => r.delivery_id));
}

async function attempt(platform: Platform, sender: Sender, delivery: Claimed, fresh: FreshBody): Promise<void> {
  const { options } = sender;
  if ('refusal' in fresh) {
    // Nothing was sent, so no attempt is logged.
    await recordOutcome(platform, sender.id, delivery, { outcome: 'FAILED', statusCode: null, error: fresh.refusal, durationMs: 0, sent: false });
    platform.log.warn({ delivery: delivery.id, webhook: delivery.webhook_id, reason: fresh.refusal }, 'webhook delivery given up');
    return;
  }
  if ('fault' in fresh) {
    // Nothing was sent: tried again after the backoff, like a failed send.
    const retryAt = new Date(Date.now() + retryDelayMs(delivery.attempts, options.retryBaseMs));
    const outcome = retryAt > new Date(delivery.give_up_at) ? 'FAILED' : 'PENDING';
    await recordOutcome(platform, sender.id, delivery, { outcome, statusCode: null, error: fresh.fault, durationMs: 0, retryAt, sent: false });
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
  await recordOutcome(platform, sender.id, delivery, { outcome, statusCode, error, durationMs: Date.now() - started, retryAt, body: fresh.body, sent: true });
  if (outcome === 'FAILED') platform.log.warn({ delivery: delivery.id, webhook: delivery.webhook_id, attempts: delivery.attempts }, 'webhook delivery given up');
}

interface Outcome {
  outcome: 'SUCCEEDED' | 'FAILED' | 'PENDING';
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  retryAt?: Date;
  /** What was sent, when it was (the stored body then shows it). */
  body?: WebhookBody;
  /** Whether a request went out: only then was an attempt logged (before it), which this completes. */
  sent: boolean;
}

/**
 * The attempt's outcome in its log line and the delivery's state, together. The log line is
 * completed in any case (it records what happened to that request); the delivery changes only
 * while it is still this attempt's: a sender whose claim was taken over or redelivered meanwhile,
 * or whose webhook was deleted, changes nothing else.
 */
async function recordOutcome(platform: Platform, senderId: string, delivery: Claimed, o: Outcome): Promise<void> {
  await platform.dataSource.transaction(async (manager) => {
    if (o.sent)
      await manager.query('UPDATE webhook_attempt SET status_code = $3, error = $4, duration_ms = $5 WHERE delivery_id = $1 AND attempt = $2', [
        delivery.id,
        delivery.attempts,
        o.statusCode,
        o.error,
        o.durationMs,
      ]);
    await manager.query(
      `UPDATE webhook_delivery SET status = $2, last_status_code = $3, last_error = $4, body = coalesce($7::jsonb, body),
         delivered_at = CASE WHEN $2 = 'SUCCEEDED' THEN now() END, next_attempt_at = CASE WHEN $2 = 'PENDING' THEN $5::timestamptz END,
         leased_until = NULL, leased_by = NULL
       WHERE id = $1 AND attempts = $6 AND status = 'PENDING' AND leased_by = $8`,
      [delivery.id, o.outcome, o.statusCode, o.error, o.retryAt ?? null, delivery.attempts, o.body ? JSON.stringify(o.body) : null, senderId],
    );
  });
}
