import type { WebhookAttempt } from './webhook.types';
import { WebhookAttemptOutcome } from './webhook.types';

/** A log line as stored, with whether its request is still awaiting its answer. */
export interface AttemptRow {
  attempt: number;
  attempted_at: Date;
  status_code: number | null;
  error: string | null;
  duration_ms: number | null;
  in_flight: boolean;
}

export const SENDING_NOTE = 'In flight: the request went out and its answer is awaited';
export const UNKNOWN_NOTE = 'Outcome unknown: the sending process stopped mid-send (the endpoint may have received it); the delivery was sent again';

/**
 * What a log line says. A line without an outcome is an attempt whose request went out: still
 * awaited while its sender lives and holds the delivery, otherwise unknown (its sender died
 * mid-send). Neither is a success, so `error` explains it for clients that only read `error`.
 */
export function attemptView(row: AttemptRow): WebhookAttempt {
  const base = { attempt: row.attempt, attemptedAt: row.attempted_at, statusCode: row.status_code };
  if (row.duration_ms === null) {
    return row.in_flight
      ? { ...base, outcome: WebhookAttemptOutcome.SENDING, error: SENDING_NOTE, durationMs: 0 }
      : { ...base, outcome: WebhookAttemptOutcome.UNKNOWN, error: UNKNOWN_NOTE, durationMs: 0 };
  }
  const outcome = row.error === null ? WebhookAttemptOutcome.SUCCEEDED : WebhookAttemptOutcome.FAILED;
  return { ...base, outcome, error: row.error, durationMs: row.duration_ms };
}
