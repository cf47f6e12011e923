import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';

/**
 * Most rows one analytics answer may hold. Measured: 6,000 rows take about 1.3 s end to end and
 * 0.9 MB; 72,000 (every material by month over three years) took 26 s. A partial answer would
 * give a BI tool wrong totals, so a larger one is refused, not truncated.
 */
export const MAX_ANALYTICS_ROWS = 10_000;

/** Refuses an answer that would exceed `cap` rows; the statement asks for cap + 1 to find out. */
export function withinRowCap<T>(rows: T[], cap: number, hint: string): T[] {
  if (rows.length > cap) fail(ErrorCode.VALIDATION_FAILED, `The answer has more than ${cap} rows; ${hint}`);
  return rows;
}
