import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar, DecimalScalar } from '../../core/graphql/scalars';
import { ElectronicSignature, SignatureInput } from '../../core/signatures/signature.types';
import { Concession, Nonconformance } from './nonconformance.types';
import { Disposition, NonconformanceSource } from './quality.enums';

@InputType({ description: 'Raises a nonconformance on lots (a complaint or an observation).' })
export class OpenNonconformanceInput {
  @Field(() => [ID], { description: 'The nonconforming lots (at most 500).' }) lotIds: string[];
  @Field({ description: 'What is wrong.' }) description: string;
  @Field(() => NonconformanceSource, { description: 'COMPLAINT or OTHER; inspections and calibrations raise their own.' }) source: NonconformanceSource;
  @Field(() => ID, { nullable: true, description: 'Raise it against this supplier; every lot must come from it.' }) supplierId?: string | null;
}

@InputType({ description: 'OPEN → UNDER_REVIEW.' })
export class ReviewNonconformanceInput {
  @Field(() => ID, { description: 'The OPEN nonconformance.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field({ description: 'What the review found (investigation, extent, risk).' }) summary: string;
}

@InputType({ description: 'The scope a USE_AS_IS concession permits; at least one limit.' })
export class ConcessionScopeInput {
  @Field(() => ID, { nullable: true, description: 'Only shipments to this customer.' }) customerId?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'At most this quantity consumed, issued or shipped.' }) maxQuantity?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Until this day (UTC).' }) validUntil?: string | null;
}

@InputType({ description: 'UNDER_REVIEW → DISPOSITIONED, signed (APPROVED) by someone other than who opened it.' })
export class DispositionNonconformanceInput {
  @Field(() => ID, { description: 'The nonconformance UNDER_REVIEW.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field(() => Disposition, { description: 'What is done with the nonconforming lots.' }) disposition: Disposition;
  @Field({ description: "Why this disposition (for USE_AS_IS, the concession's justification)." }) justification: string;
  @Field(() => ConcessionScopeInput, { nullable: true, description: 'Required for USE_AS_IS, refused otherwise.' }) concession?: ConcessionScopeInput | null;
  @Field(() => SignatureInput, {
    description: 'Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong.',
  })
  signature: SignatureInput;
}

@InputType({ description: 'DISPOSITIONED → CLOSED, signed (CLOSED); a rework must have been re-inspected.' })
export class CloseNonconformanceInput {
  @Field(() => ID, { description: 'The nonconformance to close.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field({ description: 'Why it is closed; kept in the audit trail.' }) reason: string;
  @Field(() => SignatureInput, {
    description: 'Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong.',
  })
  signature: SignatureInput;
}

@ObjectType({ description: payloadDescription('OpenNonconformancePayload') })
export class OpenNonconformancePayload extends Payload {
  @Field(() => Nonconformance, { nullable: true, description: payloadRecordDescription('nonconformance') }) nonconformance: Nonconformance | null;
}

@ObjectType({ description: payloadDescription('ReviewNonconformancePayload') })
export class ReviewNonconformancePayload extends Payload {
  @Field(() => Nonconformance, { nullable: true, description: payloadRecordDescription('nonconformance') }) nonconformance: Nonconformance | null;
}

@ObjectType({ description: payloadDescription('DispositionNonconformancePayload') })
export class DispositionNonconformancePayload extends Payload {
  @Field(() => Nonconformance, { nullable: true, description: payloadRecordDescription('nonconformance') }) nonconformance: Nonconformance | null;
  @Field(() => Concession, { nullable: true, description: 'Granted by a USE_AS_IS disposition.' }) concession: Concession | null;
  @Field(() => ElectronicSignature, { nullable: true, description: payloadRecordDescription('signature') }) signature: ElectronicSignature | null;
}

@ObjectType({ description: payloadDescription('CloseNonconformancePayload') })
export class CloseNonconformancePayload extends Payload {
  @Field(() => Nonconformance, { nullable: true, description: payloadRecordDescription('nonconformance') }) nonconformance: Nonconformance | null;
  @Field(() => ElectronicSignature, { nullable: true, description: payloadRecordDescription('signature') }) signature: ElectronicSignature | null;
}
