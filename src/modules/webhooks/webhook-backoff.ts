/** Deliveries are retried for this long after the event, then given up. */
export const RETRY_WINDOW_MS = 24 * 60 * 60_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * Exponential backoff with full jitter after the `attempt`-th failure (1-based): up to
 * base·2^(attempt−1), capped at an hour, never under a tenth of the step so retries spread out.
 */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(step * (0.1 + 0.9 * random()));
}
