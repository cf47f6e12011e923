import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DecimalScalar } from '../../core/graphql/scalars';
import { Allocation, CustomerAddress, SalesOrder, Shipment } from './sales.types';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../core/idempotency';

@InputType()
export class AddCustomerAddressInput {
  @Field(() => ID) customerId: string;
  @Field() label: string;
  @Field() consigneeName: string;
  @Field() line1: string;
  @Field(() => String, { nullable: true }) line2?: string | null;
  @Field() city: string;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field() country: string;
}

@InputType()
export class SalesOrderLineInput {
  @Field(() => ID) materialId: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => DecimalScalar) unitPrice: string;
}

@InputType({ description: 'A DRAFT sales order.' })
export class CreateSalesOrderInput {
  @Field({ description: 'Unique order number (from the sales system).' }) orderNumber: string;
  @Field(() => ID) customerId: string;
  @Field(() => ID, { description: 'One of the customer\'s addresses.' }) shipToAddressId: string;
  @Field({ description: 'ISO 4217.' }) currency: string;
  @Field(() => [SalesOrderLineInput]) lines: SalesOrderLineInput[];
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType({ description: 'One step of a sales order (confirm, allocate, cancel, close); cancel and close need a reason.' })
export class SalesOrderTransitionInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class ShipSalesOrderInput extends SalesOrderTransitionInput {
  @Field(() => String, { nullable: true, description: 'Default: the order number with -S1.' }) shipmentNumber?: string | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@ObjectType({ description: payloadDescription('AddCustomerAddressPayload') })
export class AddCustomerAddressPayload extends Payload {
  @Field(() => CustomerAddress, { nullable: true, description: payloadRecordDescription('address') }) address: CustomerAddress | null;
}

@ObjectType({ description: payloadDescription('SalesOrderPayload') })
export class SalesOrderPayload extends Payload {
  @Field(() => SalesOrder, { nullable: true, description: payloadRecordDescription('sales order') }) salesOrder: SalesOrder | null;
}

@ObjectType({ description: payloadDescription('AllocateSalesOrderPayload') })
export class AllocateSalesOrderPayload extends Payload {
  @Field(() => SalesOrder, { nullable: true, description: payloadRecordDescription('sales order') }) salesOrder: SalesOrder | null;
  @Field(() => [Allocation], { nullable: true, description: 'First-expiry-first-out.' }) allocations: Allocation[] | null;
}

@ObjectType({ description: payloadDescription('ShipSalesOrderPayload') })
export class ShipSalesOrderPayload extends Payload {
  @Field(() => SalesOrder, { nullable: true, description: payloadRecordDescription('sales order') }) salesOrder: SalesOrder | null;
  @Field(() => Shipment, { nullable: true, description: payloadRecordDescription('shipment') }) shipment: Shipment | null;
}
