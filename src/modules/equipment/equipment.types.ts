import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { ConnectionType } from '../../core/graphql/connection';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars';
import { CalibrationResult, EquipmentStatus } from './equipment.enums';
import { EVENT_ID } from '../../core/graphql/subscription-args';
import { ChangeWindowFilter } from '../../core/graphql/change-window';
import type { EquipmentEntity } from './equipment.entity';
import { EQUIPMENT } from './equipment.declaration';

/** The Equipment type, its connection and list filter come from its declaration (equipment.declaration.ts). */
export const { objectType: Equipment, connection: EquipmentConnection, filterInput: EquipmentFilter } = EQUIPMENT;
export type Equipment = EquipmentEntity;
export type EquipmentFilter = InstanceType<typeof EquipmentFilter>;

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
