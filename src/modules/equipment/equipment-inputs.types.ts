import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar } from '../../core/graphql/scalars';
import { CalibrationResult, EquipmentStatus, EquipmentType } from './equipment.enums';
import { CalibrationRecord, Equipment } from './equipment.types';

@InputType()
export class RegisterEquipmentInput {
  @Field()
  assetTag: string;

  @Field()
  name: string;

  @Field(() => EquipmentType)
  type: EquipmentType;

  @Field(() => ID)
  siteId: string;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days between calibrations; omit for equipment that needs none. Needs a first calibration before use.' })
  calibrationIntervalDays?: number | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'PASS moves the due date and returns the equipment to service; FAIL takes it out of calibration.' })
export class RecordCalibrationInput {
  @Field(() => ID)
  equipmentId: string;

  @Field(() => DateScalar)
  performedOn: string;

  @Field()
  performedBy: string;

  @Field()
  referenceStandard: string;

  @Field()
  asFound: string;

  @Field()
  asLeft: string;

  @Field(() => CalibrationResult)
  result: CalibrationResult;

  @Field(() => String, { nullable: true })
  certificateRef?: string | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class SetEquipmentStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field(() => EquipmentStatus)
  status: EquipmentStatus;

  @Field()
  reason: string;
}

@ObjectType({ implements: Payload, description: payloadDescription('RegisterEquipmentPayload') })
export class RegisterEquipmentPayload extends Payload {
  @Field(() => Equipment, { nullable: true, description: payloadRecordDescription('equipment') })
  equipment: Equipment | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('SetEquipmentStatusPayload') })
export class SetEquipmentStatusPayload extends Payload {
  @Field(() => Equipment, { nullable: true, description: payloadRecordDescription('equipment') })
  equipment: Equipment | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('RecordCalibrationPayload') })
export class RecordCalibrationPayload extends Payload {
  @Field(() => CalibrationRecord, { nullable: true, description: payloadRecordDescription('calibration record') })
  calibrationRecord: CalibrationRecord | null;

  @Field(() => Equipment, { nullable: true, description: payloadRecordDescription('equipment') })
  equipment: Equipment | null;
}
