import { materialStateMachine } from '../../src/modules/materials/material.state';
import { MaterialStatus } from '../../src/modules/materials/material.enums';
import { qualificationMachine, isQualifiedOn } from '../../src/modules/suppliers/supplier.qualification';
import { QualificationStatus as Q } from '../../src/modules/suppliers/supplier.enums';
import { materialSupplierMachine, MaterialSupplierStatus as S } from '../../src/modules/approved-suppliers/material-supplier.enums';

describe('material lifecycle', () => {
  it.each([
    [MaterialStatus.DRAFT, MaterialStatus.ACTIVE],
    [MaterialStatus.DRAFT, MaterialStatus.OBSOLETE],
    [MaterialStatus.ACTIVE, MaterialStatus.OBSOLETE],
  ])('allows QA to move %s -> %s with a reason', (from, to) => {
    expect(materialStateMachine.check(from, to, ['QA_MANAGER'], 'why').ok).toBe(true);
  });

  it.each([
    [MaterialStatus.ACTIVE, MaterialStatus.DRAFT],
    [MaterialStatus.OBSOLETE, MaterialStatus.ACTIVE],
    [MaterialStatus.OBSOLETE, MaterialStatus.DRAFT],
    [MaterialStatus.DRAFT, MaterialStatus.DRAFT],
  ])('refuses %s -> %s as INVALID_TRANSITION', (from, to) => {
    expect(materialStateMachine.check(from, to, ['ADMIN'], 'why')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('refuses roles outside the transition and a missing reason', () => {
    expect(materialStateMachine.check(MaterialStatus.DRAFT, MaterialStatus.ACTIVE, ['PURCHASING'], 'why')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(materialStateMachine.check(MaterialStatus.DRAFT, MaterialStatus.ACTIVE, ['QA_MANAGER'], ' ')).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});

describe('supplier qualification', () => {
  it('lists the legal targets from each state', () => {
    expect(qualificationMachine.targetsFrom(Q.PROSPECTIVE).sort()).toEqual([Q.APPROVED, Q.CONDITIONAL, Q.DISQUALIFIED].sort());
    expect(qualificationMachine.targetsFrom(Q.DISQUALIFIED)).toEqual([Q.PROSPECTIVE]);
  });

  it('counts as qualified only APPROVED or CONDITIONAL up to and including the expiry date', () => {
    expect(isQualifiedOn(Q.APPROVED, '2026-12-31', '2026-12-31')).toBe(true);
    expect(isQualifiedOn(Q.CONDITIONAL, '2026-12-31', '2027-01-01')).toBe(false);
    expect(isQualifiedOn(Q.APPROVED, null, '2026-01-01')).toBe(false);
    expect(isQualifiedOn(Q.PROSPECTIVE, '2099-01-01', '2026-01-01')).toBe(false);
  });
});

describe('approved-supplier entries', () => {
  it('suspend, revoke and re-approve, never from a state to itself', () => {
    expect(materialSupplierMachine.check(S.APPROVED, S.SUSPENDED, ['QA_MANAGER'], 'r').ok).toBe(true);
    expect(materialSupplierMachine.check(S.REVOKED, S.SUSPENDED, ['QA_MANAGER'], 'r')).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(materialSupplierMachine.check(S.APPROVED, S.APPROVED, ['QA_MANAGER'], 'r')).toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});
