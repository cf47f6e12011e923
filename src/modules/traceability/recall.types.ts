import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { ElectronicSignature } from '../../core/signatures/signature.types';
import { GuardedAs } from '../../core/authz/field-guard';
import { Customer } from '../customers/customer.types';
import { Lot } from '../lots/lot.types';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';

/** Shipment rows under another name: the Shipment field rules (BI_READER's consignee mask) guard them too. */
@GuardedAs('Shipment')
@ObjectType({ description: 'A shipment line of a recalled or affected lot: who received how much. Fields masked on Shipment are masked here too.' })
export class RecallShipment {
  @Field(() => ID, { description: 'Global id of the shipment.' }) shipmentId: string;
  @Field({ description: 'Human-readable shipment number.' }) shipmentNumber: string;
  @Field(() => ID, { description: 'Global id of the customer shipped to.' }) customerId: string;
  @Field(() => String, { nullable: true, description: 'Null (with a FORBIDDEN error) where the caller may not read Shipment.consigneeName.' }) consigneeName: string;
  @Field(() => String, { nullable: true, description: 'Null (with a FORBIDDEN error) where the caller may not read Shipment.consigneeAddress.' }) consigneeAddress: string;
  @Field(() => ID, { description: 'Global id of the shipped lot.' }) lotId: string;
  @Field({ description: 'Lot number of the shipped lot.' }) lotNumber: string;
  @Field(() => String, { nullable: true, description: 'Serial number as shipped, for serial-controlled material.' }) serialNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The full UDI as shipped (GS1 element string), if the material has a GTIN.' }) udi: string | null;
  @Field(() => DecimalScalar, { description: "Quantity shipped, in the material's unit." }) quantity: string;
  @Field(() => DateTimeScalar, { description: 'Server UTC time it was shipped.' }) shippedAt: Date;
}

@ObjectType({ description: 'A customer to notify, with what it received of the affected lots.' })
export class RecallCustomer {
  @Field(() => ID, { description: 'Global id of the customer.' }) customerId: string;
  @Field(() => Customer, { nullable: true, description: 'The customer; null (with FORBIDDEN) if the caller may not read it.' }) customer?: Customer | null;
  @Field(() => DecimalScalar, { description: 'Total quantity shipped to it from the affected lots.' }) quantity: string;
  @Field(() => Int, { description: 'Number of shipments that took affected lots to it.' }) shipmentCount: number;
}

@ObjectType({ description: payloadDescription('RecallLotPayload') })
export class RecallLotPayload extends Payload {
  @Field(() => Lot, { nullable: true, description: payloadRecordDescription('lot') }) lot: Lot | null;
  @Field(() => ElectronicSignature, { nullable: true, description: payloadRecordDescription('signature') }) signature: ElectronicSignature | null;
  @Field(() => [ID], { nullable: true, description: 'Every lot now RECALLED: the lot and those made from it.' }) recalledLotIds: string[] | null;
  @Field(() => [RecallCustomer], { nullable: true, description: 'The customers to notify.' }) customers: RecallCustomer[] | null;
}
