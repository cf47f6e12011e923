import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DecimalScalar } from '../../core/graphql/scalars';
import { Allocation, CustomerAddress, SalesOrder, Shipment } from './sales.types';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../core/idempotency';

@InputType({ description: 'A new shipping address (consignee) for a customer; shipments keep a copy of it as shipped.' })
export class AddCustomerAddressInput {
  @Field(() => ID, { description: 'The customer the address belongs to.' }) customerId: string;
  @Field({ description: 'Short name to pick the address by, e.g. "Main warehouse".' }) label: string;
  @Field({ description: "Name of the receiving party printed on the shipment (the distribution record's consignee)." }) consigneeName: string;
  @Field({ description: 'First street address line.' }) line1: string;
  @Field(() => String, { nullable: true, description: 'Second street address line, if any.' }) line2?: string | null;
  @Field({ description: 'City of the consignee.' }) city: string;
  @Field(() => String, { nullable: true, description: 'Postal code, where the country uses one.' }) postalCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Province, state or region, where the country uses one.' }) region?: string | null;
  @Field({ description: 'Country, as ISO 3166-1 alpha-2 code (e.g. CN, DE).' }) country: string;
}

@InputType({ description: 'One line of a new sales order.' })
export class SalesOrderLineInput {
  @Field(() => ID, { description: 'The material ordered.' }) materialId: string;
  @Field(() => DecimalScalar, { description: "Quantity ordered, in the material's unit; greater than 0." }) quantity: string;
  @Field(() => DecimalScalar, { description: "Price per unit in the order's currency." }) unitPrice: string;
}

@InputType({ description: 'A DRAFT sales order.' })
export class CreateSalesOrderInput {
  @Field({ description: 'Unique order number (from the sales system).' }) orderNumber: string;
  @Field(() => ID, { description: 'The customer ordering.' }) customerId: string;
  @Field(() => ID, { description: "One of the customer's addresses." }) shipToAddressId: string;
  @Field({ description: 'ISO 4217.' }) currency: string;
  @Field(() => [SalesOrderLineInput], { description: 'The ordered materials, at least one.' }) lines: SalesOrderLineInput[];
  @Field(() => String, { nullable: true, description: 'Why the order is created; kept in the audit trail.' }) reason?: string | null;
}

@InputType({ description: 'One step of a sales order (confirm, allocate, cancel, close); cancel and close need a reason.' })
export class SalesOrderTransitionInput {
  @Field(() => ID, { description: 'The sales order.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field(() => String, { nullable: true, description: 'Why; required to cancel or close, kept in the audit trail.' }) reason?: string | null;
}

@InputType({ description: 'Ships an ALLOCATED sales order: its allocations leave stock and a shipment records lots, serials and UDIs.' })
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
