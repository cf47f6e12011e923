import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DecimalScalar } from '../../core/graphql/scalars';
import { CharacteristicKind, InspectionType } from './quality.enums';
import { Inspection, InspectionPlan, InspectionReading } from './quality.types';
import { Nonconformance } from './nonconformance.types';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../core/idempotency';

@InputType({ description: 'One characteristic of a new inspection plan.' })
export class CharacteristicInput {
  @Field({ description: 'Name of the characteristic, e.g. "Outer diameter".' }) name: string;
  @Field(() => CharacteristicKind, { description: 'QUANTITATIVE (measured against limits) or QUALITATIVE (accept/reject).' }) kind: CharacteristicKind;
  @Field(() => DecimalScalar, { nullable: true, description: 'QUANTITATIVE: target value, in `unit`.' }) nominal?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'QUANTITATIVE: lowest accepted value, inclusive, in `unit`.' }) lowerLimit?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'QUANTITATIVE: highest accepted value, inclusive, in `unit`.' }) upperLimit?: string | null;
  @Field(() => String, { nullable: true, description: 'QUANTITATIVE: unit of the readings, e.g. mm.' }) unit?: string | null;
}

@InputType({ description: 'A new plan version for a material and inspection type; it supersedes the active one.' })
export class CreateInspectionPlanInput {
  @Field(() => ID, { description: 'The material inspected.' }) materialId: string;
  @Field(() => InspectionType, { description: 'Which inspection the plan is for (incoming, in-process, final).' }) type: InspectionType;
  @Field(() => Int, { description: 'Number of samples read per characteristic, at least 1.' }) sampleSize: number;
  @Field(() => [CharacteristicInput], { description: 'What is inspected, at least one characteristic.' }) characteristics: CharacteristicInput[];
  @Field({ description: 'Why the plan version is created; kept in the audit trail.' }) reason: string;
}

@InputType({ description: 'Starts an inspection of a lot against the active plan; a quarantined lot goes UNDER_TEST.' })
export class StartInspectionInput {
  @Field(() => ID, { description: 'The lot to inspect.' }) lotId: string;
  @Field(() => InspectionType, { description: "Which inspection; the material's ACTIVE plan of this type is used." }) type: InspectionType;
}

@InputType({ description: 'One reading of one sample for one characteristic.' })
export class ReadingInput {
  @Field(() => ID, { description: 'The plan characteristic read (from Inspection.plan.characteristics).' }) characteristicId: string;
  @Field(() => Int, { description: "Sample number, from 1 to the plan's sampleSize." }) sampleNo: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'For QUANTITATIVE characteristics.' }) value?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'For QUALITATIVE characteristics.' }) accepted?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Required for QUANTITATIVE readings; must be in calibration.' }) equipmentId?: string | null;
}

@InputType({ description: 'Readings for an IN_PROGRESS inspection; each QUANTITATIVE reading names the equipment used, which must be in calibration.' })
export class RecordInspectionResultsInput {
  @Field(() => ID, { description: 'The IN_PROGRESS inspection.' }) inspectionId: string;
  @Field(() => [ReadingInput], { description: 'The readings, at least one.' }) readings: ReadingInput[];
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null;
}

@InputType({ description: 'Completes an inspection: the server computes the verdict from the readings; a FAIL opens a nonconformance.' })
export class CompleteInspectionInput {
  @Field(() => ID, { description: 'The IN_PROGRESS inspection to complete.' }) inspectionId: string;
  @Field(() => String, { nullable: true, description: 'Why it is completed; kept in the audit trail.' }) reason?: string | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('CreateInspectionPlanPayload') })
export class CreateInspectionPlanPayload extends Payload {
  @Field(() => InspectionPlan, { nullable: true, description: payloadRecordDescription('inspection plan') }) inspectionPlan: InspectionPlan | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('StartInspectionPayload') })
export class StartInspectionPayload extends Payload {
  @Field(() => Inspection, { nullable: true, description: payloadRecordDescription('inspection') }) inspection: Inspection | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('RecordInspectionResultsPayload') })
export class RecordInspectionResultsPayload extends Payload {
  @Field(() => Inspection, { nullable: true, description: payloadRecordDescription('inspection') }) inspection: Inspection | null;
  @Field(() => [InspectionReading], { nullable: true, description: 'The readings recorded by this call; null when userErrors is not empty.' }) readings: InspectionReading[] | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('CompleteInspectionPayload') })
export class CompleteInspectionPayload extends Payload {
  @Field(() => Inspection, { nullable: true, description: payloadRecordDescription('inspection') }) inspection: Inspection | null;
  @Field(() => Nonconformance, { nullable: true, description: 'Opened when the inspection failed.' }) nonconformance: Nonconformance | null;
}
