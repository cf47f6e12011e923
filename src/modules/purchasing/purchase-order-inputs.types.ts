import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar, DecimalScalar, JSONScalar } from '../../core/graphql/scalars';
import { PurchaseOrder } from './purchase-order.types';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../core/idempotency';

@InputType({ description: 'One line of a new purchase order.' })
export class PurchaseOrderLineInput {
  @Field(() => ID, { description: 'The supplier must be an APPROVED source of it (SUPPLIER_NOT_APPROVED otherwise).' }) materialId: string;
  @Field(() => DecimalScalar, { description: "Greater than zero, in the material's unit, at most 6 decimal places." }) quantity: string;
  @Field(() => DecimalScalar, { description: "Price per unit in the order's currency, zero or more, at most 6 decimal places." }) unitPrice: string;
  @Field(() => DateScalar, { description: 'Delivery due date; not in the past.' }) dueOn: string;
}

@InputType({ description: 'Creates a purchase order in DRAFT.' })
export class CreatePurchaseOrderInput {
  @Field(() => ID, { description: "The supplier ordered from; each line's material must be approved for it." }) supplierId: string;
  @Field({ description: 'ISO 4217 currency code, e.g. EUR, CNY, USD.' }) currency: string;
  @Field(() => [PurchaseOrderLineInput], { description: '1 to 200 lines.' }) lines: PurchaseOrderLineInput[];
  @Field(() => JSONScalar, { nullable: true, description: 'Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record.' }) customFields?: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: 'Why the order is created; kept in the audit trail.' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@InputType({ description: 'DRAFT → APPROVED. Not by its creator; above the PURCHASE_APPROVAL_LIMIT of its currency (or in a currency without one) only by QA_MANAGER or ADMIN.' })
export class ApprovePurchaseOrderInput {
  @Field(() => ID, { description: 'The DRAFT purchase order to approve.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field(() => String, { nullable: true, description: 'Why it is approved; kept in the audit trail.' }) reason?: string | null;
}

@InputType({ description: 'APPROVED → SENT to the supplier. Repeating it on a SENT order returns the order unchanged.' })
export class SendPurchaseOrderInput {
  @Field(() => ID, { description: 'The APPROVED purchase order.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail.' }) reason?: string | null;
}

@InputType({ description: 'DRAFT, APPROVED or SENT → CANCELLED while nothing was received. Repeating it on a CANCELLED order returns the order unchanged.' })
export class CancelPurchaseOrderInput {
  @Field(() => ID, { description: 'The purchase order to cancel.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field({ description: 'Why the order is cancelled.' }) reason: string;
}

@InputType({ description: 'RECEIVED or PARTIALLY_RECEIVED → CLOSED. Repeating it on a CLOSED order returns the order unchanged.' })
export class ClosePurchaseOrderInput {
  @Field(() => ID, { description: 'The purchase order to close.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field({ description: 'Why the order is closed, e.g. the rest will not be delivered.' }) reason: string;
}

function purchaseOrderPayload(name: string) {
  @ObjectType(name, { implements: Payload, description: payloadDescription(name) })
  class PurchaseOrderPayload extends Payload {
    @Field(() => PurchaseOrder, { nullable: true, description: payloadRecordDescription('purchase order') }) purchaseOrder: PurchaseOrder | null;
  }
  return PurchaseOrderPayload;
}

export const CreatePurchaseOrderPayload = purchaseOrderPayload('CreatePurchaseOrderPayload');
export const ApprovePurchaseOrderPayload = purchaseOrderPayload('ApprovePurchaseOrderPayload');
export const SendPurchaseOrderPayload = purchaseOrderPayload('SendPurchaseOrderPayload');
export const CancelPurchaseOrderPayload = purchaseOrderPayload('CancelPurchaseOrderPayload');
export const ClosePurchaseOrderPayload = purchaseOrderPayload('ClosePurchaseOrderPayload');
