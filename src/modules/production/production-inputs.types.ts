import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar, DecimalScalar } from '../../core/graphql/scalars';
import { Lot } from '../lots/lot.types';
import { Bom, Consumption, WorkOrder } from './production.types';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../core/idempotency';

@InputType()
export class BomLineInput {
  @Field(() => ID)
  componentMaterialId: string;

  @Field(() => DecimalScalar)
  quantityPer: string;

  @Field(() => [ID], { nullable: true })
  substituteMaterialIds?: string[];
}

@InputType()
export class CreateBomInput {
  @Field(() => ID)
  productMaterialId: string;

  @Field()
  revision: string;

  @Field(() => [BomLineInput])
  lines: BomLineInput[];

  @Field()
  reason: string;
}

@InputType()
export class CreateWorkOrderInput {
  @Field({ description: 'Work order number, unique (MES systems bring their own).' })
  number: string;

  @Field(() => ID)
  bomId: string;

  @Field(() => ID)
  siteId: string;

  @Field(() => DecimalScalar)
  quantity: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class WorkOrderTransitionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field()
  reason: string;
}

@InputType({ description: 'Issues a released, unexpired lot of a BOM component (or an approved substitute) to a work order.' })
export class ConsumeLotInput {
  @Field(() => ID)
  workOrderId: string;

  @Field(() => ID)
  lotId: string;

  @Field(() => ID, { description: "A location at the work order's site." })
  fromLocationId: string;

  @Field(() => DecimalScalar)
  quantity: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Produces an output lot in QUARANTINE, with genealogy edges from every lot the work order consumed.' })
export class ProduceLotInput {
  @Field(() => ID)
  workOrderId: string;

  @Field(() => DecimalScalar)
  quantity: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => DateScalar, { nullable: true })
  manufacturedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true })
  serialNumber?: string | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('CreateBomPayload') })
export class CreateBomPayload extends Payload {
  @Field(() => Bom, { nullable: true, description: payloadRecordDescription('bom') })
  bom: Bom | null;
}

function workOrderPayload(name: string) {
  @ObjectType(name, { implements: Payload, description: payloadDescription(name) })
  class WorkOrderPayload extends Payload {
    @Field(() => WorkOrder, { nullable: true, description: payloadRecordDescription('work order') })
    workOrder: WorkOrder | null;
  }
  return WorkOrderPayload;
}

export const CreateWorkOrderPayload = workOrderPayload('CreateWorkOrderPayload');
export const ReleaseWorkOrderPayload = workOrderPayload('ReleaseWorkOrderPayload');
export const CompleteWorkOrderPayload = workOrderPayload('CompleteWorkOrderPayload');
export const CloseWorkOrderPayload = workOrderPayload('CloseWorkOrderPayload');
export const CancelWorkOrderPayload = workOrderPayload('CancelWorkOrderPayload');

@ObjectType({ implements: Payload, description: payloadDescription('ConsumeLotPayload') })
export class ConsumeLotPayload extends Payload {
  @Field(() => Consumption, { nullable: true, description: payloadRecordDescription('consumption') })
  consumption: Consumption | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('ProduceLotPayload') })
export class ProduceLotPayload extends Payload {
  @Field(() => Lot, { nullable: true, description: payloadRecordDescription('lot') })
  lot: Lot | null;
}
