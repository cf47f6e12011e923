import { defineAbilityFor } from '../../src/core/authz/ability';
import { rulesToSql } from '../../src/core/authz/rules-to-sql';
import type { Principal } from '../../src/core/auth/principal';
import type { Role } from '../../src/core/authz/role';

const who = (roles: Role[], extra: Partial<Principal> = {}): Principal => ({ kind: 'user', id: 'u', name: 'U', roles, siteIds: [], ...extra });
const col = (f: string) => `t.${f}`;

describe('CASL rules to SQL', () => {
  it('is TRUE for unconditional rules and FALSE when no rule allows', () => {
    expect(rulesToSql(defineAbilityFor(who(['AUDITOR'])), 'read', 'Material', col).sql).toBe('TRUE');
    expect(rulesToSql(defineAbilityFor(who(['SALES'])), 'read', 'Supplier', col).sql).toBe('FALSE');
  });

  it('scopes a SUPPLIER to its own rows with a bound parameter', () => {
    const cond = rulesToSql(defineAbilityFor(who(['SUPPLIER'], { supplierId: 'sup_1' })), 'read', 'Supplier', col);
    expect(cond.sql).toMatch(/^t\.id = :authz_Supplier_\d+$/);
    expect(Object.values(cond.params)).toEqual(['sup_1']);
  });

  it('scopes WAREHOUSE locations to the token sites with = ANY', () => {
    const cond = rulesToSql(defineAbilityFor(who(['WAREHOUSE'], { siteIds: ['site_a', 'site_b'] })), 'read', 'Location', col);
    expect(cond.sql).toMatch(/t\.siteId = ANY\(:authz_Location_\d+\)/);
    expect(Object.values(cond.params)).toEqual([['site_a', 'site_b']]);
  });

  it('lets a second role widen a scoped one (roles add up)', () => {
    const cond = rulesToSql(defineAbilityFor(who(['SUPPLIER', 'AUDITOR'], { supplierId: 'sup_1' })), 'read', 'Supplier', col);
    expect(cond.sql).toContain('TRUE');
  });

  it("lets another role read a field BI_READER's rules mask", () => {
    const ability = defineAbilityFor(who(['BI_READER', 'SALES']));
    expect(ability.can('read', 'Customer', 'contactEmail')).toBe(true);
    expect(defineAbilityFor(who(['BI_READER'])).can('read', 'Customer', 'contactEmail')).toBe(false);
  });
});
