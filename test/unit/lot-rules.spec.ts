import { expiryFromShelfLife, formatLotNumber, lotNumberPatternProblem } from '../../src/modules/materials/lot-number-pattern';
import { BLOCKED, KEPT_ON_DISPOSAL, lotStateMachine, lotTransition } from '../../src/modules/lots/lot.state';
import { LotStatus as S } from '../../src/modules/lots/lot.enums';

describe('lot numbers', () => {
  const when = new Date(Date.UTC(2026, 10, 5));

  it('formats the date, material and zero-padded sequence tokens', () => {
    expect(formatLotNumber('{YY}{MM}{DD}-{SEQ:4}', 'PU-TUBE', 7, when)).toBe('261105-0007');
    expect(formatLotNumber('{MAT}/{YYYY}/{SEQ}', 'PU', 12345, when)).toBe('PU/2026/12345');
  });

  it('needs a sequence token and known tokens only', () => {
    expect(lotNumberPatternProblem('{YY}{MM}')).toMatch(/SEQ/);
    expect(lotNumberPatternProblem('{SEQ:4}-{FOO}')).toMatch(/unknown/);
    expect(lotNumberPatternProblem('L{SEQ:6}')).toBeNull();
  });

  it('computes expiry from shelf life across month and leap-year ends', () => {
    expect(expiryFromShelfLife('2028-02-28', 1)).toBe('2028-02-29');
    expect(expiryFromShelfLife('2026-11-25', 365)).toBe('2027-11-25');
  });
});

describe('lot lifecycle', () => {
  it('releases only from UNDER_TEST, by QA, with a RELEASED signature', () => {
    expect(lotStateMachine.check(S.UNDER_TEST, S.RELEASED, ['QA_MANAGER'], 'ok').ok).toBe(true);
    expect(lotTransition(S.UNDER_TEST, S.RELEASED)?.signatureMeanings).toEqual(['RELEASED']);
    expect(lotStateMachine.check(S.QUARANTINE, S.RELEASED, ['QA_MANAGER'], 'ok')).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(lotStateMachine.check(S.UNDER_TEST, S.RELEASED, ['QA_INSPECTOR'], 'ok')).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    [S.SCRAPPED, S.QUARANTINE],
    [S.RETURNED, S.RELEASED],
    [S.EXPIRED, S.RELEASED],
    [S.RELEASED, S.UNDER_TEST],
    [S.ON_HOLD, S.QUARANTINE],
  ])('refuses %s -> %s', (from, to) => {
    expect(lotStateMachine.check(from, to, ['ADMIN'], 'r')).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('lets only the system (ADMIN rights) expire a released lot', () => {
    expect(lotStateMachine.check(S.RELEASED, S.EXPIRED, ['QA_MANAGER'], 'r')).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('scraps and returns a rejected lot only under a QA signature that approves it', () => {
    for (const to of [S.SCRAPPED, S.RETURNED]) {
      expect(lotTransition(S.REJECTED, to)).toMatchObject({ requiresSignature: true, signatureMeanings: ['APPROVED'] });
      expect(lotStateMachine.check(S.REJECTED, to, ['WAREHOUSE'], 'r')).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('never takes a recalled or expired lot out of its status: disposing of its stock keeps the recall', () => {
    for (const from of [S.RECALLED, S.EXPIRED]) {
      expect(lotStateMachine.targetsFrom(from).filter((to) => to !== S.RECALLED)).toEqual([]);
      expect(KEPT_ON_DISPOSAL).toContain(from);
    }
  });

  it('counts as blocked exactly the lots that are neither usable nor awaiting their first inspection', () => {
    const pendingOrUsable = [S.QUARANTINE, S.UNDER_TEST, S.RELEASED, S.CONDITIONAL_RELEASE];
    expect([...BLOCKED].sort()).toEqual(
      Object.values(S)
        .filter((s) => !pendingOrUsable.includes(s))
        .sort(),
    );
  });
});
