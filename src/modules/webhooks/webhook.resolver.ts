import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { asQueryErrors } from '../../core/graphql/query-errors';
import type { WebhookDeliveryEntity } from './webhook.entities';
import { createWebhook, listDeliveries, listWebhooks, redeliverWebhook, setWebhookStatus } from './webhook.service';
import { attemptLogLoader } from './webhook.table';
import {
  CreateWebhookInput, CreateWebhookPayload, RedeliverWebhookInput, RedeliverWebhookPayload, WebhookAttempt, WebhookConnection, WebhookDelivery,
  SetWebhookStatusInput, SetWebhookStatusPayload, WebhookDeliveryConnection, WebhookDeliveryFilter, WebhookDeliveryStatus, WebhookFilter,
} from './webhook.types';

@Resolver(() => WebhookDelivery)
export class WebhookResolver {
  @Query(() => WebhookConnection, { nullable: true, description: 'Webhooks (an INTEGRATION account: its own).' })
  webhooks(@Ctx() { ctx }: GraphQLContext, @Args(() => ConnectionArgs) args: ConnectionArgs, @Arg('filter', () => WebhookFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: WebhookFilter) {
    return listWebhooks(ctx, args, filter);
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

  @Mutation(() => CreateWebhookPayload, { description: 'Registers a webhook (ADMIN, INTEGRATION).' })
  createWebhook(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateWebhookInput, { description: 'The endpoint URL and the events it receives.' }) input: CreateWebhookInput) {
    return toPayload(CreateWebhookPayload, async () => ({ webhook: await createWebhook(ctx, input) }));
  }

  @Mutation(() => SetWebhookStatusPayload, { description: 'Pauses (DISABLED) or resumes (ACTIVE) a webhook.' })
  setWebhookStatus(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SetWebhookStatusInput, { description: 'The webhook, its new status and why.' }) input: SetWebhookStatusInput) {
    return toPayload(SetWebhookStatusPayload, async () => ({ webhook: await setWebhookStatus(ctx, input) }));
  }

  @Mutation(() => RedeliverWebhookPayload, { description: 'Sends a delivery again now, with a fresh 24-hour retry window and its body cut again to what the webhook\'s owner may read now (FORBIDDEN when that is nothing, or the owner is deactivated). INVALID_TRANSITION while the delivery is being sent.' })
  redeliverWebhook(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => RedeliverWebhookInput, { description: 'The FAILED delivery to send again.' }) input: RedeliverWebhookInput) {
    return toPayload(RedeliverWebhookPayload, async () => ({ delivery: await redeliverWebhook(ctx, input) }));
  }
}
