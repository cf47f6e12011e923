import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { AlertType } from '../../core/alerts/alert-type';
import { RESUME_AFTER } from '../../core/graphql/subscription-args';
import { alertStream } from './alert-stream.service';
import { AlertEvent } from './alert.types';

@Resolver()
export class AlertsResolver {
  @Subscription(() => AlertEvent, {
    description: 'Alerts of the given types (all when omitted) about records the subscriber may read.',
    subscribe: ({ context, args }) => alertStream((context as GraphQLContext).ctx, args.types as AlertType[] | undefined, args.after as string | undefined),
  })
  alerts(
    @Root() event: AlertEvent,
    @Arg('types', () => [AlertType], { nullable: true, description: 'Only alerts of these types; every type when omitted.' }) _types?: AlertType[],
    @Arg('after', () => ID, { nullable: true, description: RESUME_AFTER }) _after?: string,
  ): AlertEvent {
    return event;
  }
}
