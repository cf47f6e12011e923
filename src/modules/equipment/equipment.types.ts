import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars';
import { CalibrationResult, EquipmentStatus, EquipmentType } from './equipment.enums';
import { EVENT_ID } from '../../core/graphql/subscription-args';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'An instrument or production asset (ISO 13485 7.6).' })
export class Equipment extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique asset tag.' })
  assetTag: string;

  @Field()
  name: string;

  @Field(() => EquipmentType)
  type: EquipmentType;

  @Field(() => ID)
  siteId: string;

  @Field(() => ID, { nullable: true })
  locationId: string | null;

  @Field(() => EquipmentStatus, { name: 'status', description: 'OUT_OF_CALIBRATION for equipment in service past its calibration due date, whatever was stored.' })
  effectiveStatus: EquipmentStatus;

  @Field(() => Int, { nullable: true, description: 'Days between calibrations; null if none is needed.' })
  calibrationIntervalDays: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the last passing calibration.' })
  lastCalibratedOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Null until the first passing calibration, and after a failed one until the next pass.' })
  calibrationDueOn: string | null;

  @Field({ description: 'In service and not past its calibration due date: usable for measurements today.' })
  inCalibration: boolean;
}

export const EquipmentConnection = ConnectionType(Equipment, 'Equipment');

@ObjectType({ implements: Node, description: 'One calibration of a piece of equipment.' })
export class CalibrationRecord implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  equipmentId: string;

  @Field(() => DateScalar)
  performedOn: string;

  @Field({ description: 'Who calibrated (person or calibration lab).' })
  performedBy: string;

  @Field({ description: 'Reference standard used, with its own certificate.' })
  referenceStandard: string;

  @Field()
  asFound: string;

  @Field()
  asLeft: string;

  @Field(() => CalibrationResult)
  result: CalibrationResult;

  @Field(() => String, { nullable: true })
  certificateRef: string | null;

  @Field(() => DateScalar, { nullable: true })
  nextDueOn: string | null;

  @Field({ description: 'Printed name of who recorded it.' })
  recordedBy: string;

  @Field(() => DateTimeScalar)
  recordedAt: Date;
}

export const CalibrationRecordConnection = ConnectionType(CalibrationRecord, 'CalibrationRecord');

@InputType({ description: 'Narrows calibration records (a record never changes: its createdAt and updatedAt are when it was recorded); every given criterion must match.' })
export class CalibrationRecordFilter extends ChangeWindowFilter {}

@InputType()
export class EquipmentFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [ID], { nullable: true })
  siteIds?: string[];

  @Field(() => [EquipmentStatus], { nullable: true, description: 'By status as shown: OUT_OF_CALIBRATION includes equipment in service past its due date.' })
  status?: EquipmentStatus[];

  @Field(() => [EquipmentType], { nullable: true })
  types?: EquipmentType[];

  @Field(() => DateScalar, { nullable: true, description: 'Calibration due on or before this date.' })
  calibrationDueBy?: string;
}

@ObjectType({ description: 'A committed change of equipment status or calibration state.' })
export class EquipmentStatusChangedEvent {
  @Field(() => ID, { description: EVENT_ID })
  eventId: string;

  @Field(() => EquipmentStatus, { nullable: true })
  previousStatus: EquipmentStatus | null;

  @Field(() => EquipmentStatus)
  status: EquipmentStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => DateTimeScalar)
  occurredAt: Date;

  @Field(() => Equipment)
  equipment: Equipment;
}

@InputType()
export class EquipmentStatusChangedFilter {
  @Field(() => [ID], { nullable: true })
  equipmentIds?: string[];

  @Field(() => [ID], { nullable: true })
  siteIds?: string[];
}
