import type { RequestContext } from '../context';
import { rulesToSql, type SqlCondition } from '../authz/rules-to-sql';
import { SUBJECT_TYPES, type SubjectType } from '../authz/subjects';

/**
 * A condition on `outbox_event` rows with TypeORM-style `:name` parameters: which committed events
 * one subscriber may receive (its row rules and its filter, judged on the event's snapshot), so a
 * resumed subscription counts and reads only those, not every event of the type.
 */
export type EventScope = SqlCondition;

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The payload's value at `path` as text (NULL when absent), as a JS check reads the snapshot. */
export function payloadText(path: string[]): string {
  for (const key of path) if (!KEY.test(key)) throw new Error(`payloadText: not a payload key: ${key}`);
  return `(outbox_event.payload #>> '{${path.join(',')}}')`;
}

/** The subscriber's read rules for `subject`, judged on the record snapshot at `path` of the payload. */
export function readableSnapshots(ctx: RequestContext, subject: SubjectType, path: string[] = ['record']): EventScope {
  return rulesToSql(ctx.ability, 'read', subject, (field) => payloadText([...path, field]));
}

/** `expression` is one of `values`; null (no condition) when no values are given. */
export function oneOf(name: string, expression: string, values: readonly string[] | null | undefined): EventScope | null {
  if (!values) return null;
  return { sql: `${expression} = ANY(:scope_${name})`, params: { [`scope_${name}`]: [...values] } };
}

/** Every condition holds. */
export function allOf(...scopes: (EventScope | null)[]): EventScope {
  const present = scopes.filter((s): s is EventScope => s !== null);
  if (present.length === 0) return { sql: 'TRUE', params: {} };
  return { sql: present.map((s) => `(${s.sql})`).join(' AND '), params: Object.assign({}, ...present.map((s) => s.params)) };
}

/**
 * Alerts the subscriber may read: each names the subject a reader must be allowed to read, its row
 * fields in `scope` and its id as the aggregate id (as `alertVisibleTo` judges them one by one).
 */
export function readableAlerts(ctx: RequestContext): EventScope {
  const unconditional: string[] = [];
  const conditional: EventScope[] = [];
  SUBJECT_TYPES.forEach((subject, i) => {
    if (!ctx.ability.can('read', subject)) return;
    const rows = rulesToSql(ctx.ability, 'read', subject, (field) => (field === 'id' ? 'outbox_event.aggregate_id' : payloadText(['scope', field])));
    if (rows.sql === 'TRUE') unconditional.push(subject);
    else conditional.push({ sql: `(${payloadText(['subject'])} = :alert_subject_${i} AND ${rows.sql})`, params: { ...rows.params, [`alert_subject_${i}`]: subject } });
  });
  const any = [oneOf('alert_subjects', payloadText(['subject']), unconditional), ...conditional].filter((s): s is EventScope => s !== null);
  if (any.length === 0) return { sql: 'FALSE', params: {} };
  return { sql: any.map((s) => s.sql).join(' OR '), params: Object.assign({}, ...any.map((s) => s.params)) };
}
