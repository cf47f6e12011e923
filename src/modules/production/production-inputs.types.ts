import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar, DecimalScalar } from '../../core/graphql/scalars';
import { Lot } from '../lots/lot.types';
import { Bom, Consumption, WorkOrder } from './production.types';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../core/idempotency';

@InputType({ description: 'One component line of a new BOM.' })
export class BomLineInput {
  @Field(() => ID, { description: 'The component material.' })
  componentMaterialId: string;

  @Field(() => DecimalScalar, { description: "Quantity of the component per one unit of product, in the component's unit; greater than 0." })
  quantityPer: string;

  @Field(() => [ID], { nullable: true, description: 'Materials approved as substitutes (替代料) for this component.' })
  substituteMaterialIds?: string[];
}

@InputType({ description: 'A new BOM revision of a product.' })
export class CreateBomInput {
  @Field(() => ID, { description: 'The product material the BOM makes.' })
  productMaterialId: string;

  @Field({ description: 'Revision label, unique per product, e.g. A.' })
  revision: string;

  @Field(() => [BomLineInput], { description: 'The component lines, at least one.' })
  lines: BomLineInput[];

  @Field({ description: 'Why the BOM is created; kept in the audit trail.' })
  reason: string;
}

@InputType({ description: 'A new work order in PLANNED for an ACTIVE BOM.' })
export class CreateWorkOrderInput {
  @Field({ description: 'Work order number, unique (MES systems bring their own).' })
  number: string;

  @Field(() => ID, { description: "The BOM to build from; its product is the work order's product." })
  bomId: string;

  @Field(() => ID, { description: 'The site where the product is made.' })
  siteId: string;

  @Field(() => DecimalScalar, { description: "Quantity of product to make, in the product's unit." })
  quantity: string;

  @Field(() => String, { nullable: true, description: 'Why the work order is created; kept in the audit trail.' })
  reason?: string | null;
}

@InputType({ description: 'One step of a work order (release, complete, close, cancel).' })
export class WorkOrderTransitionInput {
  @Field(() => ID, { description: 'The work order.' })
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field({ description: 'Why; kept in the audit trail and on the work order as statusReason.' })
  reason: string;
}

@InputType({ description: 'Issues a released, unexpired lot of a BOM component (or an approved substitute) to a work order.' })
export class ConsumeLotInput {
  @Field(() => ID, { description: 'The RELEASED or IN_PROGRESS work order consuming it.' })
  workOrderId: string;

  @Field(() => ID, { description: 'The component lot to issue.' })
  lotId: string;

  @Field(() => ID, { description: "A location at the work order's site." })
  fromLocationId: string;

  @Field(() => DecimalScalar, { description: "Quantity consumed, in the component's unit; at most what is in stock." })
  quantity: string;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Produces an output lot in QUARANTINE, with genealogy edges from every lot the work order consumed.' })
export class ProduceLotInput {
  @Field(() => ID, { description: 'The IN_PROGRESS work order producing the lot.' })
  workOrderId: string;

  @Field(() => DecimalScalar, { description: "Quantity produced, in the product's unit; greater than 0." })
  quantity: string;

  @Field(() => ID, { description: 'The location the produced lot is put in.' })
  locationId: string;

  @Field(() => DateScalar, { nullable: true, description: 'Manufacture date; omit for today (UTC).' })
  manufacturedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Expiry date; omit to derive it from the product's shelf life." })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Serial number, for serial-controlled products.' })
  serialNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail.' })
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
