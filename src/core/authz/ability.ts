import { LRUCache } from 'lru-cache';
import { AbilityBuilder, createMongoAbility, detectSubjectType, type SubjectType as CaslSubjectType } from '@casl/ability';
import type { Principal } from '../auth/principal';
import { ROLES, type Role } from './role';
import { RULES_BY_ROLE } from './roles';
import type { AppAbility } from './rule-builder';

/**
 * Roles whose rules mask fields (`cannot`) are applied first: CASL gives later rules
 * priority, so a second role that may read the field still can (roles add up).
 */
const ORDER: Role[] = ['BI_READER', ...ROLES.filter((r) => r !== 'BI_READER')];

/**
 * Records carry their GraphQL type name as `static typeName`; CASL matches on it. Plain
 * objects tagged with CASL's `subject(type, obj)` helper keep working through CASL's own detection.
 */
export function subjectTypeOf(record: object): CaslSubjectType {
  const ctor = record.constructor as { typeName?: string } | undefined;
  return (ctor?.typeName ?? detectSubjectType(record)) as CaslSubjectType;
}

export function defineAbilityFor(principal: Principal): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  for (const role of ORDER) {
    if (principal.roles.includes(role)) {
      RULES_BY_ROLE[role]({ can: builder.can, cannot: builder.cannot, principal });
    }
  }
  return builder.build({ detectSubjectType: (record) => subjectTypeOf(record) as never });
}

// Abilities are built from what the rules read of a principal; a recent one is reused for the same facts.
const recentAbilities = new LRUCache<string, AppAbility>({ max: 1000 });

/**
 * The ability of a principal, shared by its requests while the facts its rules read (kind, id,
 * roles, supplier, approved materials, sites) stay the same: building one costs more than a
 * read the compiled path answers. Abilities are never changed once built.
 */
export function abilityFor(principal: Principal): AppAbility {
  const key = JSON.stringify([principal.kind, principal.id, principal.roles, principal.supplierId, principal.approvedMaterialIds, principal.siteIds]);
  let ability = recentAbilities.get(key);
  if (!ability) {
    ability = defineAbilityFor(principal);
    recentAbilities.set(key, ability);
  }
  return ability;
}
