import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { OrderKind } from './order.enums';
import { EVENT_ID } from '../../core/graphql/subscription-args';

@ObjectType({ description: 'A purchase or sales order changed status.' })
export class OrderStatusChangedEvent {
  @Field(() => ID, { description: EVENT_ID }) eventId: string;
  @Field(() => OrderKind) orderKind: OrderKind;
  @Field(() => ID, { description: 'The order; fetch it with `node`.' }) orderId: string;
  @Field() orderNumber: string;
  @Field(() => String, { nullable: true, description: 'Null when the order was just created.' }) previousStatus: string | null;
  @Field({ description: 'A PurchaseOrderStatus or SalesOrderStatus value.' }) status: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => DateTimeScalar) occurredAt: Date;
}

@InputType({ description: 'Which order status changes to receive.' })
export class OrderStatusChangedFilter {
  @Field(() => [OrderKind], { nullable: true }) orderKinds?: OrderKind[];
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these orders (global ids).' }) orderIds?: string[];
}
