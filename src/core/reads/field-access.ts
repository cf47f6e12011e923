import type { AppAbility } from '../authz/rule-builder';
import type { SubjectType } from '../authz/subjects';
import { hasFieldRules } from '../authz/guard';

const cache = new WeakMap<AppAbility, Map<string, boolean>>();

/**
 * Whether the caller reads `field` on every row of `subject` it may read: the rules deciding the
 * field are exactly those deciding the row. Otherwise the field is masked on some or all rows
 * (null with FORBIDDEN, which the field guard of the general path answers).
 */
export function readsFieldWithRow(ability: AppAbility, subject: SubjectType, field: string): boolean {
  if (!hasFieldRules(ability, subject)) return true;
  let known = cache.get(ability);
  if (!known) cache.set(ability, (known = new Map()));
  const key = `${subject}.${field}`;
  let result = known.get(key);
  if (result === undefined) {
    const row = ability.rulesFor('read', subject);
    const own = ability.rulesFor('read', subject, field);
    result = row.length === own.length && row.every((rule, i) => rule === own[i]);
    known.set(key, result);
  }
  return result;
}

/**
 * Whether `field` is hidden on every row of `subject` the caller may read: the rule that decides
 * it first is a `cannot` without conditions, or no rule lets it be read. Null when it depends on
 * the row (a condition decides): only the field guard can answer that.
 */
export function maskedOnEveryRow(ability: AppAbility, subject: SubjectType, field: string): boolean | null {
  for (const rule of ability.rulesFor('read', subject, field)) {
    if (!rule.inverted) return null;
    if (!rule.conditions) return true;
    return null;
  }
  return true;
}
