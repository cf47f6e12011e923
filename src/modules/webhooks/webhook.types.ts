import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateTimeScalar, JSONScalar } from '../../core/graphql/scalars';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus', description: 'FAILED: still failing 24 hours after the event; redeliverWebhook retries it.', valuesConfig: { FAILED: { description: 'Still failing when retries stopped.' }, PENDING: { description: 'Not yet accepted; retries continue.' }, SUCCEEDED: { description: 'Accepted by the endpoint (2xx).' } } });

export enum WebhookStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(WebhookStatus, { name: 'WebhookStatus', description: 'DISABLED: no new deliveries are created and none are sent.', valuesConfig: { ACTIVE: { description: 'Receives deliveries.' }, DISABLED: { description: 'Receives nothing.' } } });

@ObjectType({ implements: [Node, LifecycleFields], description: 'A partner endpoint receiving signed events (HMAC-SHA256 in the lotgraph-signature header).' })
export class Webhook extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix wh_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field({ description: 'Where deliveries are POSTed.' }) url: string;
  @Field(() => [String], { name: 'events', description: 'Outbox event types delivered.' }) eventTypes: string[];
  @Field(() => WebhookStatus, { description: 'ACTIVE or DISABLED.' }) status: WebhookStatus;
  @Field({ description: 'The account that registered it; deliveries carry only what it may read.' }) ownerName: string;
}

export const WebhookConnection = ConnectionType(Webhook, 'Webhook');

@InputType({ description: 'Narrows webhooks; every given criterion must match.' })
export class WebhookFilter extends ChangeWindowFilter {}

@ObjectType({ description: 'One logged attempt of a delivery.' })
export class WebhookAttempt {
  @Field(() => Int, { description: 'Attempt number, from 1.' }) attempt: number;
  @Field(() => DateTimeScalar, { description: 'Server UTC time of the attempt.' }) attemptedAt: Date;
  @Field(() => Int, { nullable: true, description: 'HTTP status; null when no response came.' }) statusCode: number | null;
  @Field(() => String, { nullable: true, description: 'Why the attempt failed (network error or non-2xx status); null on success.' }) error: string | null;
  @Field(() => Int, { description: 'How long the attempt took, in milliseconds.' }) durationMs: number;
}

@ObjectType({ implements: [Node], description: 'One event sent (or being sent) to one webhook.' })
export class WebhookDelivery implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix whd_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => ID, { description: 'Global id of the webhook.' }) webhookId: string;
  @Field(() => ID, { description: 'The event this delivery carries (its `eventId` in subscriptions). Deliveries are sent and retried independently, so a receiver may see events in any order and, after a redelivery, more than once: discard duplicates by this id.' }) eventId: string;
  @Field({ description: "The event's type, e.g. lotStatusChanged." }) eventType: string;
  @Field(() => WebhookDeliveryStatus, { description: 'PENDING, SUCCEEDED or FAILED.' }) status: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Number of attempts made so far.' }) attempts: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the next retry is due; null once delivered or given up.' }) nextAttemptAt: Date | null;
  @Field(() => DateTimeScalar, { description: 'Retries stop after this.' }) giveUpAt: Date;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt; null if no response came or none was made.' }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed; null if it succeeded or none was made.' }) lastError: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time the endpoint accepted it (2xx); null until then.' }) deliveredAt: Date | null;
  @Field(() => DateTimeScalar, { description: 'Server UTC time the delivery was created for its event.' }) createdAt: Date;
  @Field(() => JSONScalar, { description: 'The JSON body as signed and sent.' }) body: Record<string, unknown>;
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');

@InputType({ description: 'Narrows deliveries (updatedAt: the last change of status or attempt); every given criterion must match.' })
export class WebhookDeliveryFilter extends ChangeWindowFilter {}

@InputType({ description: 'A new webhook: a partner endpoint that receives the chosen events, signed with its secret.' })
export class CreateWebhookInput {
  @Field({ description: 'Where deliveries are POSTed (https; http outside production).' }) url: string;
  @Field(() => [String], { description: 'Outbox event types, e.g. LotStatusChanged, AlertRaised.' }) events: string[];
  @Field({ description: 'Shared HMAC key (16 to 256 characters); never returned.' }) secret: string;
}

@InputType({ description: 'Enables or disables a webhook.' })
export class SetWebhookStatusInput {
  @Field(() => ID, { description: 'The webhook.' }) id: string;
  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." }) expectedVersion: number;
  @Field(() => WebhookStatus, { description: 'ACTIVE or DISABLED.' }) status: WebhookStatus;
  @Field({ description: 'Why; kept in the audit trail.' }) reason: string;
}

@InputType({ description: 'Sends a FAILED delivery again.' })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'The delivery to send again.' }) deliveryId: string;
}

@ObjectType({ description: payloadDescription('CreateWebhookPayload') })
export class CreateWebhookPayload extends Payload {
  @Field(() => Webhook, { nullable: true, description: payloadRecordDescription('webhook') }) webhook: Webhook | null;
}

@ObjectType({ description: payloadDescription('SetWebhookStatusPayload') })
export class SetWebhookStatusPayload extends Payload {
  @Field(() => Webhook, { nullable: true, description: payloadRecordDescription('webhook') }) webhook: Webhook | null;
}

@ObjectType({ description: payloadDescription('RedeliverWebhookPayload') })
export class RedeliverWebhookPayload extends Payload {
  @Field(() => WebhookDelivery, { nullable: true, description: payloadRecordDescription('delivery') }) delivery: WebhookDelivery | null;
}
