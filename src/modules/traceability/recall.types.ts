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
  @Field(() => ID) shipmentId: string;
  @Field() shipmentNumber: string;
  @Field(() => ID) customerId: string;
  @Field(() => String, { nullable: true, description: 'Null (with a FORBIDDEN error) where the caller may not read Shipment.consigneeName.' }) consigneeName: string;
  @Field(() => String, { nullable: true, description: 'Null (with a FORBIDDEN error) where the caller may not read Shipment.consigneeAddress.' }) consigneeAddress: string;
  @Field(() => ID) lotId: string;
  @Field() lotNumber: string;
  @Field(() => String, { nullable: true }) serialNumber: string | null;
  @Field(() => String, { nullable: true }) udi: string | null;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => DateTimeScalar) shippedAt: Date;
}

@ObjectType({ description: 'A customer to notify, with what it received of the affected lots.' })
export class RecallCustomer {
  @Field(() => ID) customerId: string;
  @Field(() => Customer, { nullable: true }) customer?: Customer | null;
  @Field(() => DecimalScalar, { description: 'Total quantity shipped to it from the affected lots.' }) quantity: string;
  @Field(() => Int) shipmentCount: number;
}

@ObjectType({ description: payloadDescription('RecallLotPayload') })
export class RecallLotPayload extends Payload {
  @Field(() => Lot, { nullable: true, description: payloadRecordDescription('lot') }) lot: Lot | null;
  @Field(() => ElectronicSignature, { nullable: true, description: payloadRecordDescription('signature') }) signature: ElectronicSignature | null;
  @Field(() => [ID], { nullable: true, description: 'Every lot now RECALLED: the lot and those made from it.' }) recalledLotIds: string[] | null;
  @Field(() => [RecallCustomer], { nullable: true, description: 'The customers to notify.' }) customers: RecallCustomer[] | null;
}
