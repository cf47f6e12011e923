import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';

/** A half-open UTC time range [from, to) given as calendar dates. */
export interface AnalyticsWindow {
  from: Date;
  to: Date;
}

/** Longest range one analytics query may cover, so a BI tool cannot ask for decades in one statement. */
export const MAX_WINDOW_DAYS = 3 * 366;

/**
 * [from, to) from two calendar dates (YYYY-MM-DD, already validated by the Date scalar): from
 * 00:00 UTC of `from` up to, not including, 00:00 UTC of `to`.
 */
export function analyticsWindow(from: string, to: string, field: string[] = []): AnalyticsWindow {
  const window = { from: new Date(`${from}T00:00:00.000Z`), to: new Date(`${to}T00:00:00.000Z`) };
  if (window.from >= window.to) fail(ErrorCode.VALIDATION_FAILED, `from (${from}) must be before to (${to}); to is exclusive`, [...field, 'from']);
  const days = (window.to.getTime() - window.from.getTime()) / 86_400_000;
  if (days > MAX_WINDOW_DAYS) fail(ErrorCode.VALIDATION_FAILED, `The range covers ${days} days; at most ${MAX_WINDOW_DAYS} per query`, [...field, 'to']);
  return window;
}
