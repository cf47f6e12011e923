import { capaStateMachine, capaTransition } from '../../src/modules/capa/capa.state';
import { capaGateProblems, type CapaGateRecord } from '../../src/modules/capa/capa-gates';
import { CapaActionStatus, CapaRisk, CapaStatus as C } from '../../src/modules/capa/capa.enums';
import { nonconformanceStateMachine, nonconformanceTransition } from '../../src/modules/quality/nonconformance.state';
import { NonconformanceStatus as N } from '../../src/modules/quality/quality.enums';

const ALL_CAPA = Object.values(C);
const LEGAL_CAPA: [C, C][] = [
  [C.DRAFT, C.TRIAGE],
  [C.TRIAGE, C.CLOSED_NO_ACTION],
  [C.TRIAGE, C.INVESTIGATION],
  [C.INVESTIGATION, C.PLAN_APPROVAL],
  [C.PLAN_APPROVAL, C.IMPLEMENTATION],
  [C.PLAN_APPROVAL, C.INVESTIGATION],
  [C.IMPLEMENTATION, C.VERIFICATION],
  [C.VERIFICATION, C.EFFECTIVENESS_CHECK],
  [C.EFFECTIVENESS_CHECK, C.CLOSED],
  [C.EFFECTIVENESS_CHECK, C.INVESTIGATION],
  [C.DRAFT, C.CANCELLED],
  [C.TRIAGE, C.CANCELLED],
  [C.INVESTIGATION, C.CANCELLED],
  [C.PLAN_APPROVAL, C.CANCELLED],
];

describe('CAPA lifecycle', () => {
  it.each(LEGAL_CAPA)('lets QA move %s -> %s', (from, to) => {
    expect(capaStateMachine.check(from, to, ['QA_MANAGER'], 'why').ok).toBe(true);
  });

  it('refuses every other pair as INVALID_TRANSITION, including anything out of a finished CAPA', () => {
    for (const from of ALL_CAPA) {
      for (const to of ALL_CAPA) {
        if (LEGAL_CAPA.some(([f, t]) => f === from && t === to)) continue;
        expect([from, to, capaStateMachine.check(from, to, ['ADMIN'], 'why')]).toMatchObject([from, to, { ok: false, code: 'INVALID_TRANSITION' }]);
      }
    }
  });

  it('cancels only early states', () => {
    const cancellable = ALL_CAPA.filter((s) => capaTransition(s, C.CANCELLED));
    expect(cancellable.sort()).toEqual([C.DRAFT, C.INVESTIGATION, C.PLAN_APPROVAL, C.TRIAGE].sort());
  });

  it('signs plan approval, effectiveness check, closure and closing without action', () => {
    const signed = LEGAL_CAPA.filter(([f, t]) => capaTransition(f, t)!.requiresSignature).map(([f, t]) => `${f}->${t}`);
    expect(signed.sort()).toEqual(['EFFECTIVENESS_CHECK->CLOSED', 'PLAN_APPROVAL->IMPLEMENTATION', 'TRIAGE->CLOSED_NO_ACTION', 'VERIFICATION->EFFECTIVENESS_CHECK']);
    expect(capaTransition(C.PLAN_APPROVAL, C.IMPLEMENTATION)!.signatureMeanings).toEqual(['APPROVED']);
    expect(capaTransition(C.VERIFICATION, C.EFFECTIVENESS_CHECK)!.signatureMeanings).toEqual(['VERIFIED']);
  });

  it("is QA's: an inspector or production may not move it", () => {
    expect(capaStateMachine.check(C.DRAFT, C.TRIAGE, ['QA_INSPECTOR', 'PRODUCTION'], 'why')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('CAPA gates', () => {
  const blank: CapaGateRecord = {
    status: C.TRIAGE,
    ownerId: null,
    risk: null,
    containment: null,
    rootCause: null,
    affectedScope: null,
    effectivenessCriterion: null,
    effectivenessResult: null,
    justification: null,
  };
  const fields = (problems: { field: string }[]) => problems.map((p) => p.field).sort();
  const open = [{ status: CapaActionStatus.OPEN }];
  const done = [{ status: CapaActionStatus.DONE }];

  it('investigation needs an owner, a risk rating and containment', () => {
    expect(fields(capaGateProblems(blank, C.INVESTIGATION, {}, []))).toEqual(['containment', 'ownerId', 'risk']);
    expect(capaGateProblems(blank, C.INVESTIGATION, { ownerId: 'usr_1', risk: CapaRisk.HIGH, containment: 'Quarantine stock' }, [])).toEqual([]);
  });

  it('plan approval needs the root cause, the affected scope and at least one action', () => {
    const investigating = { ...blank, status: C.INVESTIGATION, ownerId: 'usr_1', risk: CapaRisk.LOW, containment: 'c' };
    expect(fields(capaGateProblems(investigating, C.PLAN_APPROVAL, {}, []))).toEqual(['actions', 'affectedScope', 'rootCause']);
    expect(capaGateProblems(investigating, C.PLAN_APPROVAL, { rootCause: 'Worn tool', affectedScope: 'Lots 1-3' }, open)).toEqual([]);
  });

  it('verification needs every action done', () => {
    const implementing = { ...blank, status: C.IMPLEMENTATION };
    expect(fields(capaGateProblems(implementing, C.VERIFICATION, {}, [...done, ...open]))).toEqual(['actions']);
    expect(capaGateProblems(implementing, C.VERIFICATION, {}, done)).toEqual([]);
  });

  it('the effectiveness check needs a criterion; closure a result; reopening says why it was not effective', () => {
    expect(fields(capaGateProblems({ ...blank, status: C.VERIFICATION }, C.EFFECTIVENESS_CHECK, {}, done))).toEqual(['effectivenessCriterion']);
    const checking = { ...blank, status: C.EFFECTIVENESS_CHECK, ownerId: 'u', risk: CapaRisk.LOW, containment: 'c', effectivenessCriterion: 'No recurrence in 3 months' };
    expect(fields(capaGateProblems(checking, C.CLOSED, {}, done))).toEqual(['effectivenessResult']);
    expect(fields(capaGateProblems(checking, C.INVESTIGATION, {}, done))).toEqual(['effectivenessResult']);
    expect(capaGateProblems(checking, C.INVESTIGATION, { effectivenessResult: 'Recurred in week 2' }, done)).toEqual([]);
  });

  it('closing without action and cancelling need a justification', () => {
    expect(fields(capaGateProblems(blank, C.CLOSED_NO_ACTION, {}, []))).toEqual(['justification']);
    expect(fields(capaGateProblems(blank, C.CANCELLED, {}, []))).toEqual(['justification']);
    expect(capaGateProblems(blank, C.CANCELLED, { justification: 'Duplicate of CAPA-7' }, [])).toEqual([]);
  });

  it('refuses fields that belong to another step', () => {
    const problems = capaGateProblems(blank, C.INVESTIGATION, { ownerId: 'u', risk: CapaRisk.LOW, containment: 'c', rootCause: 'too early', justification: 'x' }, []);
    expect(fields(problems)).toEqual(['justification', 'rootCause']);
    expect(capaGateProblems({ ...blank, status: C.TRIAGE }, C.INVESTIGATION, { ownerId: 'u', risk: CapaRisk.LOW, containment: 'c', effectivenessResult: 'x' }, []).map((p) => p.field)).toEqual([
      'effectivenessResult',
    ]);
  });
});

describe('nonconformance lifecycle', () => {
  const ALL = Object.values(N);
  const LEGAL: [N, N][] = [
    [N.OPEN, N.UNDER_REVIEW],
    [N.UNDER_REVIEW, N.DISPOSITIONED],
    [N.DISPOSITIONED, N.CLOSED],
  ];

  it('runs OPEN -> UNDER_REVIEW -> DISPOSITIONED -> CLOSED and nothing else', () => {
    for (const from of ALL) {
      for (const to of ALL) {
        const legal = LEGAL.some(([f, t]) => f === from && t === to);
        expect([from, to, nonconformanceStateMachine.check(from, to, ['QA_MANAGER'], 'why').ok]).toEqual([from, to, legal]);
      }
    }
  });

  it('signs the disposition (APPROVED) and the closure (CLOSED), by QA only', () => {
    expect(nonconformanceTransition(N.UNDER_REVIEW, N.DISPOSITIONED)!.signatureMeanings).toEqual(['APPROVED']);
    expect(nonconformanceTransition(N.DISPOSITIONED, N.CLOSED)!.signatureMeanings).toEqual(['CLOSED']);
    expect(nonconformanceTransition(N.OPEN, N.UNDER_REVIEW)!.requiresSignature).toBeFalsy();
    expect(nonconformanceStateMachine.check(N.OPEN, N.UNDER_REVIEW, ['QA_INSPECTOR'], 'why')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
