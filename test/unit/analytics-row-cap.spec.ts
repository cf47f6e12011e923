import 'reflect-metadata';
import { UserErrorsException } from '../../src/core/graphql/user-error';
import { MAX_ANALYTICS_ROWS, withinRowCap } from '../../src/modules/quality-analytics/analytics-row-cap';

describe('the analytics row cap', () => {
  it('passes an answer of up to the cap through unchanged', () => {
    const rows = [1, 2, 3];
    expect(withinRowCap(rows, 3, 'narrow it')).toBe(rows);
  });

  it('refuses an answer over the cap with VALIDATION_FAILED instead of truncating it', () => {
    expect(() => withinRowCap([1, 2, 3, 4], 3, 'narrow it')).toThrow(UserErrorsException);
    try {
      withinRowCap([1, 2, 3, 4], 3, 'narrow it');
    } catch (err) {
      expect((err as UserErrorsException).errors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', message: 'The answer has more than 3 rows; narrow it' })]);
    }
    expect(MAX_ANALYTICS_ROWS).toBe(10_000);
  });
});
