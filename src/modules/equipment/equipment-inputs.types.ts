import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar } from '../../core/graphql/scalars';
import { CalibrationResult, EquipmentStatus, EquipmentType } from './equipment.enums';
import { CalibrationRecord, Equipment } from './equipment.types';

@InputType({ description: 'A new piece of equipment, IN_SERVICE.' })
export class RegisterEquipmentInput {
  @Field({ description: 'Unique asset tag, e.g. CAL-0042.' })
  assetTag: string;

  @Field({ description: 'Human-readable name.' })
  name: string;

  @Field(() => EquipmentType, { description: 'What kind of equipment it is.' })
  type: EquipmentType;

  @Field(() => ID, { description: 'The site it belongs to.' })
  siteId: string;

  @Field(() => ID, { nullable: true, description: 'Where it stands, if known.' })
  locationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days between calibrations; omit for equipment that needs none. Needs a first calibration before use.' })
  calibrationIntervalDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail.' })
  reason?: string | null;
}

@InputType({ description: 'PASS moves the due date and returns the equipment to service; FAIL takes it out of calibration.' })
export class RecordCalibrationInput {
  @Field(() => ID, { description: 'The equipment calibrated.' })
  equipmentId: string;

  @Field(() => DateScalar, { description: 'Date the calibration was performed; not in the future.' })
  performedOn: string;

  @Field({ description: 'Who calibrated it: a person or an external laboratory.' })
  performedBy: string;

  @Field({ description: 'The reference standard used, for traceability to national standards.' })
  referenceStandard: string;

  @Field({ description: 'Condition or readings before adjustment.' })
  asFound: string;

  @Field({ description: 'Condition or readings after adjustment.' })
  asLeft: string;

  @Field(() => CalibrationResult, { description: 'PASS or FAIL.' })
  result: CalibrationResult;

  @Field(() => String, { nullable: true, description: 'Reference of the calibration certificate, if any.' })
  certificateRef?: string | null;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail.' })
  reason?: string | null;
}

@InputType({ description: "Changes an equipment's status, e.g. takes it out of service or retires it." })
export class SetEquipmentStatusInput {
  @Field(() => ID, { description: 'The equipment.' })
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field(() => EquipmentStatus, { description: 'The new status.' })
  status: EquipmentStatus;

  @Field({ description: 'Why; kept in the audit trail.' })
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
