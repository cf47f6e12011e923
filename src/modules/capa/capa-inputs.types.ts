import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CallersOwnRecord } from '../../core/authz/entity-guard';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar } from '../../core/graphql/scalars';
import { ElectronicSignature, SignatureInput } from '../../core/signatures/signature.types';
import { CapaRisk, CapaStatus } from './capa.enums';
import { Capa, CapaAction } from './capa.types';

@InputType({ description: 'Opens a CAPA in DRAFT.' })
export class OpenCapaInput {
  @Field({ description: 'Short title of the problem.' }) title: string;
  @Field({ description: 'The problem, as known.' }) description: string;
  @Field(() => DateScalar, { description: 'Target date for closure.' }) dueOn: string;
  @Field(() => [ID], { nullable: true, description: 'The nonconformances it is raised from.' }) nonconformanceIds?: string[] | null;
}

@InputType({
  description:
    'One step of the CAPA lifecycle. Each step records its own fields: INVESTIGATION owner, risk and containment; PLAN_APPROVAL ' +
    'root cause and affected scope; EFFECTIVENESS_CHECK the criterion; CLOSED_NO_ACTION and CANCELLED a justification; back to ' +
    'INVESTIGATION from EFFECTIVENESS_CHECK the effectiveness result. IMPLEMENTATION (signed APPROVED, not by the owner), ' +
    'EFFECTIVENESS_CHECK (signed VERIFIED, by neither the owner nor an action owner) and CLOSED_NO_ACTION (signed) need a signature. ' +
    'The owner must hold a role that may update CAPAs.',
})
export class AdvanceCapaInput {
  @Field(() => ID, { description: 'The CAPA to advance.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field(() => CapaStatus, { description: 'The status to move to; it must be a legal next step (INVALID_TRANSITION otherwise).' }) to: CapaStatus;
  @Field({ description: 'Why the step is taken; kept in the audit trail.' }) reason: string;
  @Field(() => ID, { nullable: true, description: 'Entering INVESTIGATION: the user (global id) who owns the CAPA.' }) ownerId?: string | null;
  @Field(() => CapaRisk, { nullable: true, description: 'Entering INVESTIGATION: the assessed risk.' }) risk?: CapaRisk | null;
  @Field(() => String, { nullable: true, description: 'Entering INVESTIGATION: immediate containment taken.' }) containment?: string | null;
  @Field(() => String, { nullable: true, description: 'Entering PLAN_APPROVAL: the root cause found by the investigation.' }) rootCause?: string | null;
  @Field(() => String, { nullable: true, description: 'Entering PLAN_APPROVAL: which products, lots and processes the problem affects.' }) affectedScope?: string | null;
  @Field(() => String, { nullable: true, description: 'Entering EFFECTIVENESS_CHECK: the measurable criterion that will show the actions worked.' }) effectivenessCriterion?: string | null;
  @Field(() => String, { nullable: true, description: 'Entering CLOSED or returning to INVESTIGATION: what the effectiveness check found.' }) effectivenessResult?: string | null;
  @Field(() => String, { nullable: true, description: 'Entering CLOSED_NO_ACTION or CANCELLED: why no (further) action is taken.' }) justification?: string | null;
  @Field(() => SignatureInput, {
    nullable: true,
    description: 'Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong.',
  })
  signature?: SignatureInput | null;
}

@InputType({ description: 'EFFECTIVENESS_CHECK → CLOSED, signed CLOSED by neither the CAPA owner nor an action owner.' })
export class CloseCapaInput {
  @Field(() => ID, { description: 'The CAPA to close.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field({ description: 'What the effectiveness check found.' }) effectivenessResult: string;
  @Field({ description: 'Whether the effectiveness criterion was met; only then may the CAPA close.' }) criterionMet: boolean;
  @Field({ description: 'Why it is closed (the effectiveness found); kept in the audit trail.' }) reason: string;
  @Field(() => SignatureInput, {
    description: 'Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong.',
  })
  signature: SignatureInput;
}

@InputType({ description: 'Adds an action to the plan during INVESTIGATION.' })
export class AddCapaActionInput {
  @Field(() => ID, { description: 'The CAPA (in INVESTIGATION) to add the action to.' }) capaId: string;
  @Field(() => Int, { description: "The CAPA's version; adding an action moves it." }) expectedVersion: number;
  @Field({ description: 'What must be done, as the action owner will read it.' }) description: string;
  @Field(() => ID, { description: 'The responsible user: active, with a role that completes the CAPA actions it owns.' }) ownerId: string;
  @Field(() => DateScalar, { description: "By the CAPA's own due date." }) dueOn: string;
}

@InputType({ description: 'Marks an action done during IMPLEMENTATION (its owner, or QA).' })
export class CompleteCapaActionInput {
  @Field(() => ID, { description: 'The action to mark done.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field({ description: 'Evidence that it was done.' }) note: string;
}

@ObjectType({ description: payloadDescription('OpenCapaPayload') })
export class OpenCapaPayload extends Payload {
  @Field(() => Capa, { nullable: true, description: payloadRecordDescription('CAPA') }) capa: Capa | null;
}

@ObjectType({ description: payloadDescription('AdvanceCapaPayload') })
export class AdvanceCapaPayload extends Payload {
  @Field(() => Capa, { nullable: true, description: payloadRecordDescription('CAPA') }) capa: Capa | null;
  @Field(() => ElectronicSignature, { nullable: true, description: payloadRecordDescription('signature') }) signature: ElectronicSignature | null;
}

@ObjectType({ description: payloadDescription('CloseCapaPayload') })
export class CloseCapaPayload extends Payload {
  @Field(() => Capa, { nullable: true, description: payloadRecordDescription('CAPA') }) capa: Capa | null;
  @Field(() => ElectronicSignature, { nullable: true, description: payloadRecordDescription('signature') }) signature: ElectronicSignature | null;
}

@ObjectType({ description: payloadDescription('AddCapaActionPayload') })
export class AddCapaActionPayload extends Payload {
  @Field(() => Capa, { nullable: true, description: payloadRecordDescription('CAPA') }) capa: Capa | null;
  @Field(() => CapaAction, { nullable: true, description: payloadRecordDescription('action') }) action: CapaAction | null;
}

@ObjectType({ description: payloadDescription('CompleteCapaActionPayload') })
export class CompleteCapaActionPayload extends Payload {
  // Its owner completes it whatever their role, and sees what they completed.
  @CallersOwnRecord()
  @Field(() => CapaAction, { nullable: true, description: payloadRecordDescription('action') })
  action: CapaAction | null;
}
