import { subject } from '@casl/ability';
import { defineAbilityFor } from '../../src/core/authz/ability';
import { rulesToSql } from '../../src/core/authz/rules-to-sql';
import type { Principal } from '../../src/core/auth/principal';

const supplier = (extra: Partial<Principal> = {}): Principal => ({ kind: 'user', id: 'portal', name: 'Portal', roles: ['SUPPLIER'], siteIds: [], supplierId: 'sup_a', ...extra });
const material = (id: string) => subject('Material', { id, code: 'M', reorderPoint: '5' }) as never;

describe('a SUPPLIER reading materials', () => {
  it('reads only the materials it is a source of, in SQL and in memory alike', () => {
    const ability = defineAbilityFor(supplier({ approvedMaterialIds: ['mat_1', 'mat_2'] }));
    expect([ability.can('read', material('mat_1')), ability.can('read', material('mat_3'))]).toEqual([true, false]);
    const cond = rulesToSql(ability, 'read', 'Material', (f) => `m.${f}`);
    expect(cond.sql).toMatch(/^m\.id = ANY\(:authz_Material_\d+\)$/);
    expect(Object.values(cond.params)).toEqual([['mat_1', 'mat_2']]);
  });

  it('reads the fields a supplier needs and not the internal ones', () => {
    const ability = defineAbilityFor(supplier({ approvedMaterialIds: ['mat_1'] }));
    const readable = (field: string) => ability.can('read', material('mat_1'), field);
    expect(['code', 'name', 'unit', 'gtin', 'revision', 'shelfLifeDays'].every(readable)).toBe(true);
    expect(['reorderPoint', 'lotNumberPattern', 'customFields', 'someFieldAddedLater'].some(readable)).toBe(false);
  });

  it('reads no material when its principal carries no approved materials (a principal not built from a token), failing closed', () => {
    const ability = defineAbilityFor(supplier());
    expect(ability.can('read', material('mat_1'))).toBe(false);
    const cond = rulesToSql(ability, 'read', 'Material', (f) => `m.${f}`);
    expect(Object.values(cond.params)).toEqual([[]]);
  });
});
