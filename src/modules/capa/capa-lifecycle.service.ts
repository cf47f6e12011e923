import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { Action } from '../../core/authz/subjects';
import { diffFields } from '../../core/audit/audit-diff';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail, userError, UserErrorsException } from '../../core/graphql/user-error';
import { inTransaction } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import type { ElectronicSignatureEntity } from '../../core/signatures/electronic-signature.entity';
import { authenticateSigner, recordSignature } from '../../core/signatures/signature.service';
import type { SignatureInput } from '../../core/signatures/signature.types';
import { InputValidator } from '../../core/validation';
import { CAPA_AUDITED_FIELDS, CapaActionEntity, CapaEntity, capaSignedContent } from './capa.entity';
import { CapaStatus as S, FINISHED_CAPA } from './capa.enums';
import { capaStatusChangedEvent } from './capa.events';
import { capaGateProblems, type CapaStepFields } from './capa-gates';
import { assertCapaOwner } from './capa-people';
import { capaStateMachine, capaTransition, type CapaTransition } from './capa.state';
import { findUserBySubject } from '../users/user.service';
import type { AdvanceCapaInput, CloseCapaInput } from './capa-inputs.types';

export interface CapaStepResult {
  capa: CapaEntity;
  signature: ElectronicSignatureEntity | null;
}

interface Step {
  id: string;
  expectedVersion: number;
  to: S;
  reason: string;
  fields: CapaStepFields;
  signature?: SignatureInput | null;
}

/** Moves a CAPA one step along its lifecycle; closing with an effectiveness result is closeCapa's. */
export async function advanceCapa(ctx: RequestContext, input: AdvanceCapaInput): Promise<CapaStepResult> {
  assertCan(ctx, 'update', 'Capa');
  if (input.to === S.CLOSED) fail(ErrorCode.VALIDATION_FAILED, 'Close a CAPA with closeCapa, which records whether the criterion was met', ['input', 'to']);
  const v = new InputValidator();
  const step: Step = {
    id: input.id,
    expectedVersion: input.expectedVersion,
    to: input.to,
    reason: v.text('reason', input.reason, 2000),
    signature: input.signature,
    fields: {
      ownerId: input.ownerId ?? null,
      risk: input.risk ?? null,
      containment: v.optionalText('containment', input.containment, 8000),
      rootCause: v.optionalText('rootCause', input.rootCause, 8000),
      affectedScope: v.optionalText('affectedScope', input.affectedScope, 8000),
      effectivenessCriterion: v.optionalText('effectivenessCriterion', input.effectivenessCriterion, 4000),
      effectivenessResult: v.optionalText('effectivenessResult', input.effectivenessResult, 8000),
      justification: v.optionalText('justification', input.justification, 4000),
    },
  };
  v.throwIfAny();
  return moveCapa(ctx, step, 'update');
}

/** EFFECTIVENESS_CHECK → CLOSED, signed CLOSED, when the effectiveness criterion was met. */
export async function closeCapa(ctx: RequestContext, input: CloseCapaInput): Promise<CapaStepResult> {
  assertCan(ctx, 'close', 'Capa');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  const effectivenessResult = v.text('effectivenessResult', input.effectivenessResult, 8000);
  if (!input.criterionMet) v.fail('criterionMet', 'The criterion was not met: advance the CAPA back to INVESTIGATION with this result instead');
  v.throwIfAny();
  return moveCapa(ctx, { id: input.id, expectedVersion: input.expectedVersion, to: S.CLOSED, reason, signature: input.signature, fields: { effectivenessResult } }, 'close');
}

async function moveCapa(ctx: RequestContext, step: Step, action: Action): Promise<CapaStepResult> {
  // Everything that can be refused is refused before the signing password is checked.
  const current = await ctx.manager.findOneBy(CapaEntity, { id: step.id });
  if (!current || !canOn(ctx, 'read', 'Capa', current)) fail(ErrorCode.NOT_FOUND, `No CAPA ${step.id}`, ['input', 'id']);
  const currentActions = await actionsOf(ctx, current.id);
  assertLegal(ctx, current, step, currentActions);
  const transition = capaTransition(current.status, step.to)!;
  if (transition.requiresSignature) assertIndependentSigner(current, currentActions, transition, (await findUserBySubject(ctx, ctx.principal.id))?.id);
  const signer = transition.requiresSignature ? await authenticateSigner(ctx, step.signature, transition.signatureMeanings) : null;
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const before = await tx.manager.createQueryBuilder(CapaEntity, 'capa').setLock('pessimistic_write').where('capa.id = :id', { id: step.id }).getOneOrFail();
    if (before.version !== step.expectedVersion) fail(ErrorCode.VERSION_CONFLICT, `The CAPA is at version ${before.version}; reload and retry`, ['input', 'expectedVersion']);
    const actions = await actionsOf(tx, before.id);
    assertLegal(tx, before, step, actions);
    if (step.fields.ownerId) await assertCapaOwner(tx, step.fields.ownerId, before);
    if (signer) assertIndependentSigner(before, actions, capaTransition(before.status, step.to)!, signer.signer.userId);
    const changes: Partial<CapaEntity> = { status: step.to, ...definedFields(step.fields) };
    if (FINISHED_CAPA.includes(step.to)) changes.closedAt = new Date();
    const capa = await updateVersioned(tx, CapaEntity, before.id, step.expectedVersion, changes);
    uow.audit({ action: action === 'close' ? 'CLOSE' : 'STATUS_CHANGE', entityType: 'Capa', entityId: capa.id, reason: step.reason, changes: diffFields(before, capa, CAPA_AUDITED_FIELDS) });
    const signature = signer
      ? await recordSignature(uow, signer, { type: 'Capa', id: capa.id, version: capa.version, content: capaSignedContent(capa, actions), authorSubject: capa.openedBySubject })
      : null;
    uow.emit(capaStatusChangedEvent(before.status, capa, step.reason));
    return { capa, signature };
  });
}

function assertLegal(ctx: RequestContext, capa: CapaEntity, step: Step, actions: CapaActionEntity[]): void {
  const check = capaStateMachine.check(capa.status, step.to, ctx.principal.roles, step.reason);
  if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', 'to']);
  const problems = capaGateProblems(capa, step.to, step.fields, actions);
  if (problems.length > 0) throw new UserErrorsException(problems.map((p) => userError(ErrorCode.VALIDATION_FAILED, p.message, ['input', p.field])));
}

/**
 * Separation of duties beyond the author's: the plan is approved by someone other than the CAPA's
 * owner, and its effectiveness is judged and the CAPA closed by someone who neither owned it nor
 * owned one of its actions (the state table says which step excludes whom).
 */
function assertIndependentSigner(capa: CapaEntity, actions: CapaActionEntity[], transition: CapaTransition, signerUserId: string | undefined): void {
  if (!signerUserId) return;
  const insiders = transition.signerNotAmong;
  if (insiders.includes('owner') && signerUserId === capa.ownerId) {
    fail(ErrorCode.FORBIDDEN, `The CAPA owner may not sign the step to ${transition.to} (separation of duties)`, ['input', 'signature']);
  }
  if (insiders.includes('actionOwners') && actions.some((a) => a.ownerId === signerUserId)) {
    fail(ErrorCode.FORBIDDEN, `An owner of one of the CAPA's actions may not sign the step to ${transition.to} (separation of duties)`, ['input', 'signature']);
  }
}

function actionsOf(ctx: RequestContext, capaId: string): Promise<CapaActionEntity[]> {
  return ctx.manager.find(CapaActionEntity, { where: { capaId }, order: { seq: 'ASC' } });
}

function definedFields(fields: CapaStepFields): Partial<CapaEntity> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value != null)) as Partial<CapaEntity>;
}
