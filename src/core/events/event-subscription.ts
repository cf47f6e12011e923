import type { RequestContext } from '../context';
import type { PublishedEvent } from './domain-event';

/**
 * How a subscription turns a committed event into its GraphQL event object for one subscriber:
 * null when the subscriber may not read it (row rules) or its filter leaves it out. Field masks
 * are applied later, by the schema's field guard, when the object is executed.
 */
export type EventMapping<T> = (event: PublishedEvent) => T | null;

/**
 * A subscription field that carries one outbox event type, declared by its module: anything else
 * that delivers the event (webhooks) executes this field on `map`'s object with its reader's
 * context, so it gets exactly what a subscriber with the same rights gets.
 */
export interface EventSubscriptionSource {
  /** The outbox event type. */
  eventType: string;
  /** The Subscription field that carries it. */
  field: string;
  /** The subscription's own mapping, without a subscriber's filter. */
  map(ctx: RequestContext): EventMapping<object>;
}
