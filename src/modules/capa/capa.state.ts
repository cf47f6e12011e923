import type { Role } from '../../core/authz/role';
import { SignatureMeaning as M } from '../../core/signatures/signature-meaning';
import { transitionTable, type Transition } from '../../core/state-machine';
import { CapaStatus as S } from './capa.enums';

/** People a step's signer must be independent of, besides the CAPA's author (who never signs it). */
export type CapaInsider = 'owner' | 'actionOwners';

export interface CapaTransition extends Transition<S, Role> {
  signatureMeanings: M[];
  signerNotAmong: CapaInsider[];
}

const QA: Role[] = ['ADMIN', 'QA_MANAGER'];
const step = (from: S, to: S, signatureMeanings: M[] = [], signerNotAmong: CapaInsider[] = []): CapaTransition => ({
  from,
  to,
  allowedRoles: QA,
  requiresReason: true,
  requiresSignature: signatureMeanings.length > 0,
  signatureMeanings,
  signerNotAmong,
});

/** Whoever ran or carried out the plan does not judge whether it worked. */
const IMPLEMENTERS: CapaInsider[] = ['owner', 'actionOwners'];

/** The CAPA lifecycle of DOMAIN.md as data; what each step needs besides is in capa-gates.ts. */
export const CAPA_TRANSITIONS: CapaTransition[] = [
  step(S.DRAFT, S.TRIAGE),
  step(S.TRIAGE, S.CLOSED_NO_ACTION, [M.APPROVED, M.CLOSED]),
  step(S.TRIAGE, S.INVESTIGATION),
  step(S.INVESTIGATION, S.PLAN_APPROVAL),
  step(S.PLAN_APPROVAL, S.IMPLEMENTATION, [M.APPROVED], ['owner']),
  step(S.PLAN_APPROVAL, S.INVESTIGATION),
  step(S.IMPLEMENTATION, S.VERIFICATION),
  step(S.VERIFICATION, S.EFFECTIVENESS_CHECK, [M.VERIFIED], IMPLEMENTERS),
  step(S.EFFECTIVENESS_CHECK, S.CLOSED, [M.CLOSED], IMPLEMENTERS),
  step(S.EFFECTIVENESS_CHECK, S.INVESTIGATION),
  ...[S.DRAFT, S.TRIAGE, S.INVESTIGATION, S.PLAN_APPROVAL].map((from) => step(from, S.CANCELLED)),
];

export const capaStateMachine = transitionTable<S, Role>('CAPA', CAPA_TRANSITIONS);

export function capaTransition(from: S, to: S): CapaTransition | undefined {
  return CAPA_TRANSITIONS.find((t) => t.from === from && t.to === to);
}
