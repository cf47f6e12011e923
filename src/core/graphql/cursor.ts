import { validationFailed } from './errors';
import { storableTextProblem } from './input-text';

export type CursorValue = string | number | boolean | null;

/** The SQL type of an ordering key, as far as a cursor value must match it before it reaches PostgreSQL. */
export type CursorKind = 'text' | 'integer' | 'bigint' | 'numeric' | 'timestamp' | 'date' | 'boolean';

/** Cursors carry the ordering key values and the id of the row; opaque to clients. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * A cursor is client input: a forged one must be refused here, as VALIDATION_FAILED, rather
 * than reach PostgreSQL as a value its column cannot take. Each value must fit its key's kind
 * (null is harmless: it compares as unknown and matches no row).
 */
export function decodeCursor(cursor: string, kinds: readonly CursorKind[], argName: string): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (Array.isArray(values) && values.length === kinds.length && values.every((v, i) => v === null || fitsKind(v, kinds[i]))) {
    return values as CursorValue[];
  }
  throw validationFailed(`"${argName}" is not a cursor of this list and ordering`, argName);
}

const INT4 = 2 ** 31;
const BIGINT = /^-?\d{1,18}$/;
const NUMERIC = /^-?\d{1,20}(\.\d{1,20})?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?Z$/;
/** PostgreSQL's special date and timestamp values, which coalesced ordering keys use for "none". */
const INFINITIES = new Set(['infinity', '-infinity']);

function fitsKind(v: unknown, kind: CursorKind): boolean {
  switch (kind) {
    case 'text':
      return typeof v === 'string' && storableTextProblem(v) === null;
    case 'integer':
      return Number.isInteger(v) && Math.abs(v as number) < INT4;
    case 'bigint':
      return (typeof v === 'string' && BIGINT.test(v)) || Number.isSafeInteger(v);
    case 'numeric':
      return typeof v === 'string' && NUMERIC.test(v);
    case 'date':
      return typeof v === 'string' && (INFINITIES.has(v) || isCalendarDate(v));
    case 'timestamp': {
      if (typeof v !== 'string') return false;
      const m = ISO_TIMESTAMP.exec(v);
      return INFINITIES.has(v) || (m !== null && isCalendarDate(m[1]));
    }
    case 'boolean':
      return typeof v === 'boolean';
  }
}

/** YYYY-MM-DD naming a day that exists, in years PostgreSQL and JavaScript both read the same (1 to 9999). */
function isCalendarDate(v: string): boolean {
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
