import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { OrderKind } from './order.enums';
import { EVENT_ID } from '../../core/graphql/subscription-args';

@ObjectType({ description: 'A purchase or sales order changed status.' })
export class OrderStatusChangedEvent {
  @Field(() => ID, { description: EVENT_ID }) eventId: string;
  @Field(() => OrderKind, { description: 'PURCHASE or SALES.' }) orderKind: OrderKind;
  @Field(() => ID, { description: 'The order; fetch it with `node`.' }) orderId: string;
  @Field({ description: "The order's human-readable number." }) orderNumber: string;
  @Field(() => String, { nullable: true, description: 'Null when the order was just created.' }) previousStatus: string | null;
  @Field({ description: 'A PurchaseOrderStatus or SalesOrderStatus value.' }) status: string;
  @Field(() => String, { nullable: true, description: 'Reason given for the change.' }) reason: string | null;
  @Field(() => DateTimeScalar, { description: 'Server UTC time the change was recorded.' }) occurredAt: Date;
}

@InputType({ description: 'Which order status changes to receive.' })
export class OrderStatusChangedFilter {
  @Field(() => [OrderKind], { nullable: true, description: 'Only orders of these kinds.' }) orderKinds?: OrderKind[];
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these orders (global ids).' }) orderIds?: string[];
}
