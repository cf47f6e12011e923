import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { asQueryErrors } from '../../core/graphql/query-errors';
import type { WebhookDeliveryEntity, WebhookEntity } from './webhook.entities';
import { WebhookEventType } from './webhook-event-types';
import { createWebhook, deleteWebhook, describeWebhookEventTypes, listDeliveries, listWebhooks, redeliverWebhook, setWebhookStatus, updateWebhook } from './webhook.service';
import { attemptLogLoader } from './webhook.table';
import {
  CreateWebhookInput,
  CreateWebhookPayload,
  DeleteWebhookInput,
  DeleteWebhookPayload,
  RedeliverWebhookInput,
  RedeliverWebhookPayload,
  SetWebhookStatusInput,
  SetWebhookStatusPayload,
  UpdateWebhookInput,
  UpdateWebhookPayload,
  Webhook,
  WebhookAttempt,
  WebhookConnection,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookDeliveryFilter,
  WebhookDeliveryStatus,
  WebhookEventTypeDescription,
  WebhookFilter,
} from './webhook.types';

@Resolver(() => WebhookDelivery)
export class WebhookResolver {
  @Query(() => WebhookConnection, { nullable: true, description: 'Webhooks (an INTEGRATION account: its own).' })
  webhooks(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => WebhookFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: WebhookFilter,
  ) {
    return listWebhooks(ctx, args, filter);
  }

  @Query(() => [WebhookEventTypeDescription], { nullable: true, description: 'Every event type a webhook may receive, with the subscription document its deliveries execute.' })
  webhookEventTypes(@Ctx() { ctx }: GraphQLContext) {
    return describeWebhookEventTypes(ctx);
  }

  @Query(() => WebhookDeliveryConnection, { nullable: true, description: 'The delivery log of one webhook, newest first.' })
  webhookDeliveries(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('webhookId', () => ID, { description: 'The webhook whose deliveries are listed.' }) webhookId: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => [WebhookDeliveryStatus], { nullable: true, description: 'Only deliveries in one of these statuses.' }) status?: WebhookDeliveryStatus[],
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: WebhookDeliveryFilter,
  ) {
    return asQueryErrors(() => listDeliveries(ctx, webhookId, args, status, filter));
  }

  @FieldResolver(() => [WebhookAttempt], { description: 'Every attempt, oldest first.' })
  log(@Root() delivery: WebhookDeliveryEntity, @Ctx() { ctx }: GraphQLContext) {
    return attemptLogLoader(ctx).load(delivery.id);
  }

  @FieldResolver(() => WebhookEventType, { description: 'The event type.' })
  type(@Root() delivery: WebhookDeliveryEntity): string {
    return delivery.eventType;
  }

  @Mutation(() => CreateWebhookPayload, { description: 'Registers a webhook (ADMIN, INTEGRATION); the caller owns it and its deliveries carry only what the caller may read.' })
  createWebhook(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateWebhookInput, { description: 'The endpoint URL and the events it receives.' }) input: CreateWebhookInput) {
    return toPayload(CreateWebhookPayload, async () => ({ webhook: await createWebhook(ctx, input) }));
  }

  @Mutation(() => UpdateWebhookPayload, { description: "Changes a webhook's URL, events or secret (its owner, or ADMIN). Deliveries already created keep their event." })
  updateWebhook(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => UpdateWebhookInput, { description: 'The webhook, what changes and why.' }) input: UpdateWebhookInput) {
    return toPayload(UpdateWebhookPayload, async () => ({ webhook: await updateWebhook(ctx, input) }));
  }

  @Mutation(() => DeleteWebhookPayload, { description: 'Deletes a webhook with its delivery log (its owner, or ADMIN); nothing more is sent to it.' })
  deleteWebhook(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => DeleteWebhookInput, { description: 'The webhook to delete and why.' }) input: DeleteWebhookInput) {
    return toPayload(DeleteWebhookPayload, async () => ({ deletedWebhookId: await deleteWebhook(ctx, input) }));
  }

  @Mutation(() => SetWebhookStatusPayload, { description: 'Pauses (DISABLED) or resumes (ACTIVE) a webhook (its owner, or ADMIN).' })
  setWebhookStatus(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SetWebhookStatusInput, { description: 'The webhook, its new status and why.' }) input: SetWebhookStatusInput) {
    return toPayload(SetWebhookStatusPayload, async () => ({ webhook: await setWebhookStatus(ctx, input) }));
  }

  @Mutation(() => RedeliverWebhookPayload, {
    description:
      "Sends a delivery again now, with a fresh 24-hour retry window and its body cut again to what the webhook's owner may read now (FORBIDDEN when that is nothing, or the owner is deactivated). INVALID_TRANSITION while the delivery is being sent.",
  })
  redeliverWebhook(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => RedeliverWebhookInput, { description: 'The FAILED delivery to send again.' }) input: RedeliverWebhookInput) {
    return toPayload(RedeliverWebhookPayload, async () => ({ delivery: await redeliverWebhook(ctx, input) }));
  }
}

/** The Webhook type's computed fields. */
@Resolver(() => Webhook)
export class WebhookFieldsResolver {
  @FieldResolver(() => [String], {
    description: 'Outbox event names of eventTypes (deprecated).',
    deprecationReason: 'Use `eventTypes`; these are their outbox names (LotStatusChanged for LOT_STATUS_CHANGED).',
  })
  events(@Root() webhook: WebhookEntity): string[] {
    return webhook.eventTypes;
  }
}
