import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DecimalScalar } from '../../core/graphql/scalars';
import { CharacteristicKind, InspectionType } from './quality.enums';
import { Inspection, InspectionPlan, InspectionReading } from './quality.types';
import { Nonconformance } from './nonconformance.types';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../core/idempotency';

@InputType()
export class CharacteristicInput {
  @Field() name: string;
  @Field(() => CharacteristicKind) kind: CharacteristicKind;
  @Field(() => DecimalScalar, { nullable: true }) nominal?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) lowerLimit?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) upperLimit?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
}

@InputType({ description: 'A new plan version for a material and inspection type; it supersedes the active one.' })
export class CreateInspectionPlanInput {
  @Field(() => ID) materialId: string;
  @Field(() => InspectionType) type: InspectionType;
  @Field(() => Int) sampleSize: number;
  @Field(() => [CharacteristicInput]) characteristics: CharacteristicInput[];
  @Field() reason: string;
}

@InputType({ description: 'Starts an inspection of a lot against the active plan; a quarantined lot goes UNDER_TEST.' })
export class StartInspectionInput {
  @Field(() => ID) lotId: string;
  @Field(() => InspectionType) type: InspectionType;
}

@InputType()
export class ReadingInput {
  @Field(() => ID) characteristicId: string;
  @Field(() => Int) sampleNo: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'For QUANTITATIVE characteristics.' }) value?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'For QUALITATIVE characteristics.' }) accepted?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Required for QUANTITATIVE readings; must be in calibration.' }) equipmentId?: string | null;
}

@InputType()
export class RecordInspectionResultsInput {
  @Field(() => ID) inspectionId: string;
  @Field(() => [ReadingInput]) readings: ReadingInput[];
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null;
}

@InputType()
export class CompleteInspectionInput {
  @Field(() => ID) inspectionId: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
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
  @Field(() => [InspectionReading], { nullable: true }) readings: InspectionReading[] | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('CompleteInspectionPayload') })
export class CompleteInspectionPayload extends Payload {
  @Field(() => Inspection, { nullable: true, description: payloadRecordDescription('inspection') }) inspection: Inspection | null;
  @Field(() => Nonconformance, { nullable: true, description: 'Opened when the inspection failed.' }) nonconformance: Nonconformance | null;
}
