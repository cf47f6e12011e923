import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { DateTimeScalar, JSONScalar } from '../../core/graphql/scalars';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus', description: 'FAILED: still failing 24 hours after the event; redeliverWebhook retries it.' });

export enum WebhookStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(WebhookStatus, { name: 'WebhookStatus', description: 'DISABLED: no new deliveries are created and none are sent.' });

@ObjectType({ implements: [Node, LifecycleFields], description: 'A partner endpoint receiving signed events (HMAC-SHA256 in the lotgraph-signature header).' })
export class Webhook extends LifecycleFields implements Node {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => [String], { name: 'events', description: 'Outbox event types delivered.' }) eventTypes: string[];
  @Field(() => WebhookStatus) status: WebhookStatus;
  @Field({ description: 'The account that registered it; deliveries carry only what it may read.' }) ownerName: string;
}

export const WebhookConnection = ConnectionType(Webhook, 'Webhook');

@InputType({ description: 'Narrows webhooks; every given criterion must match.' })
export class WebhookFilter extends ChangeWindowFilter {}

@ObjectType({ description: 'One logged attempt of a delivery.' })
export class WebhookAttempt {
  @Field(() => Int) attempt: number;
  @Field(() => DateTimeScalar) attemptedAt: Date;
  @Field(() => Int, { nullable: true, description: 'HTTP status; null when no response came.' }) statusCode: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Int) durationMs: number;
}

@ObjectType({ implements: [Node], description: 'One event sent (or being sent) to one webhook.' })
export class WebhookDelivery implements Node {
  @Field(() => ID) id: string;
  @Field(() => ID) webhookId: string;
  @Field(() => ID, { description: 'The event this delivery carries (its `eventId` in subscriptions). Deliveries are sent and retried independently, so a receiver may see events in any order and, after a redelivery, more than once: discard duplicates by this id.' }) eventId: string;
  @Field() eventType: string;
  @Field(() => WebhookDeliveryStatus) status: WebhookDeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => DateTimeScalar, { nullable: true }) nextAttemptAt: Date | null;
  @Field(() => DateTimeScalar, { description: 'Retries stop after this.' }) giveUpAt: Date;
  @Field(() => Int, { nullable: true }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) deliveredAt: Date | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => JSONScalar, { description: 'The JSON body as signed and sent.' }) body: Record<string, unknown>;
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');

@InputType({ description: 'Narrows deliveries (updatedAt: the last change of status or attempt); every given criterion must match.' })
export class WebhookDeliveryFilter extends ChangeWindowFilter {}

@InputType()
export class CreateWebhookInput {
  @Field({ description: 'Where deliveries are POSTed (https; http outside production).' }) url: string;
  @Field(() => [String], { description: 'Outbox event types, e.g. LotStatusChanged, AlertRaised.' }) events: string[];
  @Field({ description: 'Shared HMAC key (16 to 256 characters); never returned.' }) secret: string;
}

@InputType()
export class SetWebhookStatusInput {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => WebhookStatus) status: WebhookStatus;
  @Field() reason: string;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID) deliveryId: string;
}

@ObjectType()
export class CreateWebhookPayload extends Payload {
  @Field(() => Webhook, { nullable: true }) webhook: Webhook | null;
}

@ObjectType()
export class SetWebhookStatusPayload extends Payload {
  @Field(() => Webhook, { nullable: true }) webhook: Webhook | null;
}

@ObjectType()
export class RedeliverWebhookPayload extends Payload {
  @Field(() => WebhookDelivery, { nullable: true }) delivery: WebhookDelivery | null;
}
