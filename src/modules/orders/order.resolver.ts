import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { RESUME_AFTER } from '../../core/graphql/subscription-args';
import { orderStatusChanges } from './order-changes.service';
import { OrderStatusChangedEvent, OrderStatusChangedFilter } from './order-subscription.types';

@Resolver()
export class OrderResolver {
  @Subscription(() => OrderStatusChangedEvent, {
    description: 'Status changes of purchase and sales orders the subscriber may read.',
    subscribe: ({ context, args }) => orderStatusChanges((context as GraphQLContext).ctx, (args.filter ?? {}) as OrderStatusChangedFilter, args.after as string | undefined),
  })
  orderStatusChanged(
    @Root() event: OrderStatusChangedEvent,
    @Arg('filter', () => OrderStatusChangedFilter, { nullable: true, description: 'Only events matching these criteria; omit for every event the subscriber may read.' })
    _filter?: OrderStatusChangedFilter,
    @Arg('after', () => ID, { nullable: true, description: RESUME_AFTER }) _after?: string,
  ): OrderStatusChangedEvent {
    return event;
  }
}
