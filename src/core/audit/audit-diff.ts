import { canonicalJson } from './canonical-json';
import type { FieldChange } from './audit-entry.entity';

/** Field-by-field changes between two states of a record; `before` null means created. */
export function diffFields<T extends object>(before: T | null, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const old = before === null ? null : normalize(before[field]);
    const now = normalize(after[field]);
    if (before === null || canonicalJson(old) !== canonicalJson(now)) changes.push({ field, old, new: now });
  }
  return changes;
}

function normalize(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}
