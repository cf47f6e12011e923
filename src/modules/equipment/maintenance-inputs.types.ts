import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar, DecimalScalar } from '../../core/graphql/scalars';
import { MaintenanceKind } from './equipment.enums';
import { Equipment } from './equipment.types';
import { MaintenanceOrder } from './maintenance.types';

@InputType({ description: 'Plans maintenance: the order is OPEN and the equipment stays in use until the work starts.' })
export class OpenMaintenanceOrderInput {
  @Field(() => ID, { description: 'The equipment to maintain.' })
  equipmentId: string;

  @Field(() => MaintenanceKind, { description: 'PREVENTIVE or CORRECTIVE.' })
  kind: MaintenanceKind;

  @Field({ description: 'The work to be done.' })
  description: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the work is planned for.' })
  plannedFor?: string | null;
}

@InputType({ description: 'OPEN → IN_PROGRESS: the equipment is taken out of service unless it already is.' })
export class StartMaintenanceInput {
  @Field(() => ID, { description: 'The OPEN maintenance order.' })
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;
}

@InputType({ description: 'OPEN or IN_PROGRESS → CANCELLED. Equipment the order took out of service stays out of service: a person returns it with setEquipmentStatus.' })
export class CancelMaintenanceOrderInput {
  @Field(() => ID, { description: 'The maintenance order to cancel.' })
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field({ description: 'Why it is cancelled; kept in the audit trail.' })
  reason: string;
}

@InputType({ description: 'A spare-part lot used by the maintenance, issued from stock.' })
export class SparePartInput {
  @Field(() => ID, { description: 'The spare-part lot used.' })
  lotId: string;

  @Field(() => ID, { description: 'The location it is issued from.' })
  fromLocationId: string;

  @Field(() => DecimalScalar, { description: "Quantity used, in the material's unit." })
  quantity: string;
}

@InputType({
  description:
    'Records completed maintenance; spare parts are issued from stock in the same transaction. With maintenanceOrderId it ' +
    'completes an OPEN or IN_PROGRESS order (DONE) and returns the equipment the order took out of service; without, it records ' +
    'unplanned work after the fact as a new DONE order. CORRECTIVE work on equipment that needs calibration leaves it ' +
    'OUT_OF_CALIBRATION until a PASS.',
})
export class RecordMaintenanceInput {
  @Field(() => ID, { nullable: true, description: 'The order to complete; omit for unplanned work.' })
  maintenanceOrderId?: string | null;

  @Field(() => Int, { nullable: true, description: "The order's version; required with maintenanceOrderId." })
  expectedVersion?: number | null;

  @Field(() => ID, { nullable: true, description: 'Required for unplanned work; when completing an order, if given, must be its equipment.' })
  equipmentId?: string | null;

  @Field(() => MaintenanceKind, { nullable: true, description: 'Required for unplanned work; when completing an order, if given, must be its kind.' })
  kind?: MaintenanceKind | null;

  @Field(() => String, { nullable: true, description: 'What was done. Required for unplanned work; when completing an order, optional and kept as its completionNotes.' })
  description?: string | null;

  @Field(() => Int, { defaultValue: 0, description: 'Minutes the equipment was unavailable (default 0).' })
  downtimeMinutes: number;

  @Field(() => [SparePartInput], { nullable: true, description: 'Spare-part lots used, issued from stock in the same transaction.' })
  spareParts?: SparePartInput[];
}

@ObjectType({ implements: Payload, description: payloadDescription('OpenMaintenanceOrderPayload') })
export class OpenMaintenanceOrderPayload extends Payload {
  @Field(() => MaintenanceOrder, { nullable: true, description: payloadRecordDescription('maintenance order') })
  maintenanceOrder: MaintenanceOrder | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('StartMaintenancePayload') })
export class StartMaintenancePayload extends Payload {
  @Field(() => MaintenanceOrder, { nullable: true, description: payloadRecordDescription('maintenance order') })
  maintenanceOrder: MaintenanceOrder | null;

  @Field(() => Equipment, { nullable: true, description: 'The equipment as the start left it.' })
  equipment: Equipment | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('CancelMaintenanceOrderPayload') })
export class CancelMaintenanceOrderPayload extends Payload {
  @Field(() => MaintenanceOrder, { nullable: true, description: payloadRecordDescription('maintenance order') })
  maintenanceOrder: MaintenanceOrder | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('RecordMaintenancePayload') })
export class RecordMaintenancePayload extends Payload {
  @Field(() => MaintenanceOrder, { nullable: true, description: payloadRecordDescription('maintenance order') })
  maintenanceOrder: MaintenanceOrder | null;

  @Field(() => Equipment, { nullable: true, description: 'The equipment as the maintenance left it.' })
  equipment: Equipment | null;
}
