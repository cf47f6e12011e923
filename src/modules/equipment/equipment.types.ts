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
  @Field(() => ID, { description: 'Opaque global id (prefix eq_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field({ description: 'Unique asset tag.' })
  assetTag: string;

  @Field({ description: 'Human-readable name, e.g. "Digital caliper 0-150 mm".' })
  name: string;

  @Field(() => EquipmentType, { description: 'What kind of equipment it is.' })
  type: EquipmentType;

  @Field(() => ID, { description: 'Global id of the site the equipment belongs to.' })
  siteId: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the location where the equipment stands, if recorded.' })
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
  @Field(() => ID, { description: 'Opaque global id (prefix cal_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field(() => ID, { description: 'Global id of the calibrated equipment.' })
  equipmentId: string;

  @Field(() => DateScalar, { description: 'Date the calibration was performed.' })
  performedOn: string;

  @Field({ description: 'Who calibrated (person or calibration lab).' })
  performedBy: string;

  @Field({ description: 'Reference standard used, with its own certificate.' })
  referenceStandard: string;

  @Field({ description: "The instrument's condition or readings before adjustment, as recorded by the calibrator." })
  asFound: string;

  @Field({ description: "The instrument's condition or readings after adjustment." })
  asLeft: string;

  @Field(() => CalibrationResult, { description: 'PASS or FAIL.' })
  result: CalibrationResult;

  @Field(() => String, { nullable: true, description: 'Reference of the calibration certificate, if any.' })
  certificateRef: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Next calibration due date set by a PASS; null after a FAIL.' })
  nextDueOn: string | null;

  @Field({ description: 'Printed name of who recorded it.' })
  recordedBy: string;

  @Field(() => DateTimeScalar, { description: 'Server UTC time the record was entered.' })
  recordedAt: Date;
}

export const CalibrationRecordConnection = ConnectionType(CalibrationRecord, 'CalibrationRecord');

@InputType({ description: 'Narrows calibration records (a record never changes: its createdAt and updatedAt are when it was recorded); every given criterion must match.' })
export class CalibrationRecordFilter extends ChangeWindowFilter {}

@InputType({ description: 'Criteria for listing equipment: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter.' })
export class EquipmentFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records with one of these global ids.' })
  ids?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these sites (global ids).' })
  siteIds?: string[];

  @Field(() => [EquipmentStatus], { nullable: true, description: 'By status as shown: OUT_OF_CALIBRATION includes equipment in service past its due date.' })
  status?: EquipmentStatus[];

  @Field(() => [EquipmentType], { nullable: true, description: 'Only equipment of one of these types.' })
  types?: EquipmentType[];

  @Field(() => DateScalar, { nullable: true, description: 'Calibration due on or before this date.' })
  calibrationDueBy?: string;
}

@ObjectType({ description: 'A committed change of equipment status or calibration state.' })
export class EquipmentStatusChangedEvent {
  @Field(() => ID, { description: EVENT_ID })
  eventId: string;

  @Field(() => EquipmentStatus, { nullable: true, description: 'Status before the change; null when the equipment was just registered.' })
  previousStatus: EquipmentStatus | null;

  @Field(() => EquipmentStatus, { description: 'The new status.' })
  status: EquipmentStatus;

  @Field(() => String, { nullable: true, description: 'Reason given for the change.' })
  reason: string | null;

  @Field(() => DateTimeScalar, { description: 'Server UTC time the change was recorded.' })
  occurredAt: Date;

  @Field(() => Equipment, { description: 'The equipment as it is after the change.' })
  equipment: Equipment;
}

@InputType({
  description: 'Narrows the `equipmentStatusChanged` subscription: all given criteria must hold (AND); a list matches any of its values. Events on records the subscriber may not read are never sent.',
})
export class EquipmentStatusChangedFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these equipment (global ids).' })
  equipmentIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these sites (global ids).' })
  siteIds?: string[];
}
