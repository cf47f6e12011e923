import { registerEnumType } from 'type-graphql';

/** The calendar bucket an analytics row covers; buckets start at 00:00 UTC. */
export enum AnalyticsPeriod {
  DAY = 'DAY',
  /** ISO week, Monday to Sunday. */
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

registerEnumType(AnalyticsPeriod, {
  name: 'AnalyticsPeriod',
  description: 'Calendar bucket of an analytics row, truncated in UTC (WEEK: ISO week starting Monday).',
  valuesConfig: { DAY: { description: 'One UTC calendar day.' }, MONTH: { description: 'One UTC calendar month.' }, WEEK: { description: 'One ISO week (Monday to Sunday, UTC).' } },
});

/** The PostgreSQL date_trunc unit of each period (a closed set, never caller text). */
export const DATE_TRUNC_UNIT: Record<AnalyticsPeriod, 'day' | 'week' | 'month'> = {
  [AnalyticsPeriod.DAY]: 'day',
  [AnalyticsPeriod.WEEK]: 'week',
  [AnalyticsPeriod.MONTH]: 'month',
};
