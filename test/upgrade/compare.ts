import type { AuditVerification, Manifest, ManifestRecord } from './manifest';

/** Equal as JSON values (key order and object prototypes aside): what a client would see as the same. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameJson(x, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** One way the new release does not keep what the previous one held, said so a person can find it. */
export interface Difference {
  kind: 'missing record' | 'changed value' | 'lower count' | 'missing count' | 'replay differs' | 'audit trail' | 'data set';
  what: string;
  expected?: unknown;
  actual?: unknown;
}

/**
 * Records as the new release reads them (by the previous release's queries) against the
 * manifest: each must be there under its id with every field the previous release returned equal.
 * Fields the new release adds are never asked for, so they cannot differ.
 */
export function compareRecords(expected: readonly ManifestRecord[], actual: ReadonlyMap<string, Record<string, unknown> | null>): Difference[] {
  const differences: Difference[] = [];
  for (const record of expected) {
    const now = actual.get(record.id);
    if (!now) {
      differences.push({ kind: 'missing record', what: `${record.type} ${record.id}` });
      continue;
    }
    for (const [field, value] of Object.entries(record.values)) {
      if (!(field in now) || !sameJson(now[field], value)) {
        differences.push({ kind: 'changed value', what: `${record.type} ${record.id} .${field}`, expected: value, actual: now[field] });
      }
    }
  }
  return differences;
}

/** No list may count fewer records than it did (new records may have been added). */
export function compareCounts(expected: Readonly<Record<string, number>>, actual: Readonly<Record<string, number>>): Difference[] {
  const differences: Difference[] = [];
  for (const [list, count] of Object.entries(expected)) {
    if (!(list in actual)) differences.push({ kind: 'missing count', what: `${list}.totalCount`, expected: count });
    else if (actual[list] < count) differences.push({ kind: 'lower count', what: `${list}.totalCount`, expected: `at least ${count}`, actual: actual[list] });
  }
  return differences;
}

/** An idempotent replay must return exactly the response first given under its key. */
export function compareReplay(name: string, expected: unknown, actual: unknown): Difference[] {
  return sameJson(expected, actual) ? [] : [{ kind: 'replay differs', what: name, expected, actual }];
}

/** The trail stays valid across the upgrade, and a write after it extends it and keeps it valid. */
export function compareAuditTrail(before: AuditVerification, upgraded: AuditVerification, afterWrite: AuditVerification): Difference[] {
  const differences: Difference[] = [];
  if (!before.valid) differences.push({ kind: 'audit trail', what: 'invalid on the previous release already', actual: before });
  if (!upgraded.valid) differences.push({ kind: 'audit trail', what: 'invalid after the upgrade', actual: upgraded });
  if (upgraded.checkedEntries < before.checkedEntries) {
    differences.push({ kind: 'audit trail', what: 'fewer entries after the upgrade', expected: `at least ${before.checkedEntries}`, actual: upgraded.checkedEntries });
  }
  if (!afterWrite.valid) differences.push({ kind: 'audit trail', what: 'invalid after a new write', actual: afterWrite });
  if (afterWrite.checkedEntries <= upgraded.checkedEntries) {
    differences.push({ kind: 'audit trail', what: 'a new write did not extend it', expected: `more than ${upgraded.checkedEntries}`, actual: afterWrite.checkedEntries });
  }
  return differences;
}

/** One line per difference, naming the record, list, replay or check. */
export function describe(d: Difference): string {
  const detail = d.expected === undefined && d.actual === undefined ? '' : `: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}`;
  return `${d.kind}: ${d.what}${detail}`;
}

export type { Manifest };
