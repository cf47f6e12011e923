import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { ElectronicSignature } from '../../core/signatures/signature.types';
import { Customer } from '../customers/customer.types';
import { Lot } from '../lots/lot.types';
import { Payload } from '../../core/graphql/payload';

@ObjectType({ description: 'A shipment line of a recalled or affected lot: who received how much.' })
export class RecallShipment {
  @Field(() => ID) shipmentId: string;
  @Field() shipmentNumber: string;
  @Field(() => ID) customerId: string;
  @Field() consigneeName: string;
  @Field() consigneeAddress: string;
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

@ObjectType()
export class RecallLotPayload extends Payload {
  @Field(() => Lot, { nullable: true }) lot: Lot | null;
  @Field(() => ElectronicSignature, { nullable: true }) signature: ElectronicSignature | null;
  @Field(() => [ID], { nullable: true, description: 'Every lot now RECALLED: the lot and those made from it.' }) recalledLotIds: string[] | null;
  @Field(() => [RecallCustomer], { nullable: true, description: 'The customers to notify.' }) customers: RecallCustomer[] | null;
}
