import { CapaActionStatus, type CapaRisk, CapaStatus as S } from './capa.enums';

/** Fields a step may record; each belongs to the step that needs it. */
export interface CapaStepFields {
  ownerId?: string | null;
  risk?: CapaRisk | null;
  containment?: string | null;
  rootCause?: string | null;
  affectedScope?: string | null;
  effectivenessCriterion?: string | null;
  effectivenessResult?: string | null;
  justification?: string | null;
}

export type CapaGateRecord = Required<CapaStepFields> & { status: S };

export interface GateProblem {
  field: keyof CapaStepFields | 'actions';
  message: string;
}

const RECORDED_ON: Record<keyof CapaStepFields, S[]> = {
  ownerId: [S.INVESTIGATION],
  risk: [S.INVESTIGATION],
  containment: [S.INVESTIGATION],
  rootCause: [S.PLAN_APPROVAL],
  affectedScope: [S.PLAN_APPROVAL],
  effectivenessCriterion: [S.EFFECTIVENESS_CHECK],
  effectivenessResult: [S.CLOSED, S.INVESTIGATION],
  justification: [S.CLOSED_NO_ACTION, S.CANCELLED],
};

const REQUIRED_FOR: Partial<Record<S, { field: keyof CapaStepFields; what: string }[]>> = {
  [S.INVESTIGATION]: [
    { field: 'ownerId', what: 'an owner' },
    { field: 'risk', what: 'a risk rating' },
    { field: 'containment', what: 'the containment' },
  ],
  [S.PLAN_APPROVAL]: [
    { field: 'rootCause', what: 'the root cause' },
    { field: 'affectedScope', what: 'the affected scope' },
  ],
  [S.EFFECTIVENESS_CHECK]: [{ field: 'effectivenessCriterion', what: 'the effectiveness criterion' }],
  [S.CLOSED]: [{ field: 'effectivenessResult', what: 'the effectiveness result' }],
  [S.CLOSED_NO_ACTION]: [{ field: 'justification', what: 'a justification' }],
  [S.CANCELLED]: [{ field: 'justification', what: 'a justification' }],
};

/**
 * The gates of DOMAIN.md's CAPA lifecycle for one step, as a pure function: which given fields
 * do not belong to this step, and what the CAPA (with them applied) still lacks.
 */
export function capaGateProblems(capa: CapaGateRecord, to: S, given: CapaStepFields, actions: { status: CapaActionStatus }[]): GateProblem[] {
  const problems: GateProblem[] = [];
  const reopening = capa.status === S.EFFECTIVENESS_CHECK && to === S.INVESTIGATION;
  for (const field of Object.keys(RECORDED_ON) as (keyof CapaStepFields)[]) {
    if (given[field] == null) continue;
    const allowed = field === 'effectivenessResult' ? to === S.CLOSED || reopening : RECORDED_ON[field].includes(to);
    if (!allowed) problems.push({ field, message: `${field} is recorded when moving to ${RECORDED_ON[field].join(' or ')}` });
  }
  const merged: CapaGateRecord = { ...capa };
  for (const [field, value] of Object.entries(given) as [keyof CapaStepFields, string | null | undefined][]) {
    if (value != null) (merged as Record<string, unknown>)[field] = value;
  }
  for (const { field, what } of REQUIRED_FOR[to] ?? []) {
    if (merged[field] == null) problems.push({ field, message: `Moving to ${to} needs ${what}` });
  }
  if (reopening && given.effectivenessResult == null) {
    problems.push({ field: 'effectivenessResult', message: 'Record why the actions were not effective before investigating again' });
  }
  if ((to === S.PLAN_APPROVAL || to === S.IMPLEMENTATION) && actions.length === 0) {
    problems.push({ field: 'actions', message: 'The plan needs at least one action with an owner and a due date' });
  }
  if (to === S.VERIFICATION && actions.some((a) => a.status !== CapaActionStatus.DONE)) {
    problems.push({ field: 'actions', message: 'Every action must be done before verification' });
  }
  return problems;
}
