import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateTimeScalar, JSONScalar } from '../../core/graphql/scalars';
import { WebhookEventType } from './webhook-event-types';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'FAILED: still failing 24 hours after the event; redeliverWebhook retries it.',
  valuesConfig: {
    FAILED: { description: 'Still failing when retries stopped.' },
    PENDING: { description: 'Not yet accepted; retries continue.' },
    SUCCEEDED: { description: 'Accepted by the endpoint (2xx).' },
  },
});

export enum WebhookStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(WebhookStatus, {
  name: 'WebhookStatus',
  description: 'DISABLED: no new deliveries are created and none are sent.',
  valuesConfig: { ACTIVE: { description: 'Receives deliveries.' }, DISABLED: { description: 'Receives nothing.' } },
});

@ObjectType({ implements: [Node, LifecycleFields], description: 'A partner endpoint receiving signed events (HMAC-SHA256 in the lotgraph-signature header).' })
export class Webhook extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix wh_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field({ description: 'Where deliveries are POSTed.' }) url: string;
  @Field(() => [WebhookEventType], { description: 'The events delivered.' }) eventTypes: WebhookEventType[];
  @Field(() => WebhookStatus, { description: 'ACTIVE or DISABLED.' }) status: WebhookStatus;
  @Field({ description: 'The account that registered it; deliveries carry only what it may read.' }) ownerName: string;
}

export const WebhookConnection = ConnectionType(Webhook, 'Webhook');

@InputType({ description: 'Narrows webhooks; every given criterion must match.' })
export class WebhookFilter extends ChangeWindowFilter {}

export enum WebhookAttemptOutcome {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  SENDING = 'SENDING',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(WebhookAttemptOutcome, {
  name: 'WebhookAttemptOutcome',
  description: 'What came of one attempt. An attempt is logged before its request goes out, so a crash mid-send leaves it UNKNOWN rather than unlogged.',
  valuesConfig: {
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'No answer in time, a network error or a non-2xx answer.' },
    SENDING: { description: 'The request went out and its answer is awaited.' },
    UNKNOWN: {
      description: 'The request went out, but the process sending it stopped before an answer was recorded: the endpoint may have received it. The delivery is sent again (same lotgraph-delivery-id).',
    },
  },
});

@ObjectType({ description: 'One logged attempt of a delivery, logged as its request goes out.' })
export class WebhookAttempt {
  @Field(() => Int, { description: 'Attempt number, from 1.' }) attempt: number;
  @Field(() => DateTimeScalar, { description: 'Server UTC time the attempt started.' }) attemptedAt: Date;
  @Field(() => Int, { nullable: true, description: 'HTTP status; null when no response came (or none yet).' }) statusCode: number | null;
  @Field(() => String, { nullable: true, description: 'Why the attempt failed (network error or non-2xx status), or, while its outcome is SENDING or UNKNOWN, why there is none; null on success.' })
  error: string | null;
  @Field(() => Int, { description: 'How long the attempt took, in milliseconds; 0 while its outcome is SENDING or UNKNOWN.' }) durationMs: number;
  @Field(() => WebhookAttemptOutcome, { nullable: true, description: 'SUCCEEDED, FAILED, SENDING (answer awaited) or UNKNOWN (its sender stopped mid-send; the endpoint may have received it).' })
  outcome: WebhookAttemptOutcome | null;
}

@ObjectType({ implements: [Node], description: 'One event sent (or being sent) to one webhook.' })
export class WebhookDelivery implements Node {
  @Field(() => ID, {
    description:
      'Opaque global id (prefix whd_), stable forever; pass it to node(id:) or nodes(ids:). Sent as the lotgraph-delivery-id header: every copy of this delivery (a retry, a takeover after its sending process died, a redelivery) carries it, so a receiver discards repeats by it.',
  })
  id: string;
  @Field(() => ID, { description: 'Global id of the webhook.' }) webhookId: string;
  @Field(() => ID, {
    description:
      "The event this delivery carries (its `eventId` in subscriptions, `extensions.eventId` in the body). A webhook's deliveries are sent one at a time in outbox order, at least once: a redelivery or a lost answer repeats an event, so discard duplicates by this id.",
  })
  eventId: string;
  @Field({ description: "The event's outbox name, e.g. LotStatusChanged.", deprecationReason: 'Use `type`; this is its outbox name (LotStatusChanged for LOT_STATUS_CHANGED).' }) eventType: string;
  @Field(() => WebhookDeliveryStatus, { description: 'PENDING, SUCCEEDED or FAILED.' }) status: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Number of attempts made so far.' }) attempts: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the next retry is due; null once delivered or given up.' }) nextAttemptAt: Date | null;
  @Field(() => DateTimeScalar, { description: 'Retries stop after this.' }) giveUpAt: Date;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt; null if no response came or none was made.' }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed; null if it succeeded or none was made.' }) lastError: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time the endpoint accepted it (2xx); null until then.' }) deliveredAt: Date | null;
  @Field(() => DateTimeScalar, { description: 'Server UTC time the delivery was created for its event.' }) createdAt: Date;
  @Field(() => JSONScalar, { description: 'The JSON body as signed and last sent (before the first send: as it would be sent); see `webhookEventTypes` for its shape.' }) body: Record<string, unknown>;
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');

@InputType({ description: 'Narrows deliveries (updatedAt: the last change of status or attempt); every given criterion must match.' })
export class WebhookDeliveryFilter extends ChangeWindowFilter {}

@InputType({ description: 'A new webhook: a partner endpoint that receives the chosen events, signed with its secret.' })
export class CreateWebhookInput {
  @Field({ description: 'Where deliveries are POSTed (https; http outside production).' }) url: string;
  @Field(() => [WebhookEventType], { nullable: true, description: 'The events to deliver (required unless the deprecated `events` is given).' }) eventTypes?: WebhookEventType[] | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Outbox event names (deprecated form of eventTypes).',
    deprecationReason: 'Use `eventTypes`. Accepts outbox names (LotStatusChanged) and enum names (LOT_STATUS_CHANGED).',
  })
  events?: string[] | null;
  @Field({ description: 'Shared HMAC key (16 to 256 characters); never returned.' }) secret: string;
}

@InputType({ description: 'Changes a webhook; omitted fields keep their value.' })
export class UpdateWebhookInput {
  @Field(() => ID, { description: 'The webhook to change.' }) id: string;
  @Field(() => Int, { description: 'The version read; VERSION_CONFLICT if it changed since.' }) expectedVersion: number;
  @Field(() => String, { nullable: true, description: 'A new endpoint (same rules as at creation).' }) url?: string | null;
  @Field(() => [WebhookEventType], { nullable: true, description: 'The events to deliver from now on.' }) eventTypes?: WebhookEventType[] | null;
  @Field(() => String, { nullable: true, description: 'A new HMAC key (16 to 256 characters): the next attempt is signed with it.' }) secret?: string | null;
  @Field({ description: 'Why (audited).' }) reason: string;
}

@InputType({ description: 'Deletes a webhook with its delivery log.' })
export class DeleteWebhookInput {
  @Field(() => ID, { description: 'The webhook to delete.' }) id: string;
  @Field(() => Int, { description: 'The version read; VERSION_CONFLICT if it changed since.' }) expectedVersion: number;
  @Field({ description: 'Why (audited).' }) reason: string;
}

@ObjectType({ description: 'An event type a webhook may receive, and the shape of its deliveries.' })
export class WebhookEventTypeDescription {
  @Field(() => WebhookEventType, { description: 'The event type.' }) type: WebhookEventType;
  @Field(() => String, {
    nullable: true,
    description:
      'The subscription that carries this event: a delivery body is `{ data: { <subscription>: ... } }`, the type of that field. Null when no subscription carries it yet: the body is then `{ data: { <eventName>: { eventId, occurredAt, aggregateType, aggregateId, ...its fields, record } } }`.',
  })
  subscription: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The subscription document every delivery of this type executes with the owner's rights: subscribing with it gives the same `data` (run codegen on it for a typed receiver).",
  })
  document: string | null;
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

@ObjectType({ implements: Payload, description: payloadDescription('CreateWebhookPayload') })
export class CreateWebhookPayload extends Payload {
  @Field(() => Webhook, { nullable: true, description: payloadRecordDescription('webhook') }) webhook: Webhook | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('SetWebhookStatusPayload') })
export class SetWebhookStatusPayload extends Payload {
  @Field(() => Webhook, { nullable: true, description: payloadRecordDescription('webhook') }) webhook: Webhook | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('RedeliverWebhookPayload') })
export class RedeliverWebhookPayload extends Payload {
  @Field(() => WebhookDelivery, { nullable: true, description: payloadRecordDescription('delivery') }) delivery: WebhookDelivery | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('UpdateWebhookPayload') })
export class UpdateWebhookPayload extends Payload {
  @Field(() => Webhook, { nullable: true, description: 'The webhook as changed; null when refused.' }) webhook: Webhook | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('DeleteWebhookPayload') })
export class DeleteWebhookPayload extends Payload {
  @Field(() => ID, { nullable: true, description: 'The deleted webhook (its delivery log is deleted with it).' }) deletedWebhookId: string | null;
}
