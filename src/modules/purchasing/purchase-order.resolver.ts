import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { lotsReceivedAgainstLineLoader } from '../lots/lot.loaders';
import { Lot } from '../lots/lot.types';
import { MATERIAL } from '../materials/material.declaration';
import { Material } from '../materials/material.types';
import type { PurchaseOrderEntity, PurchaseOrderLineEntity } from './purchase-order.entity';
import { approvePurchaseOrder, cancelPurchaseOrder, closePurchaseOrder, sendPurchaseOrder } from './purchase-order-lifecycle.service';
import { createPurchaseOrder, listPurchaseOrders } from './purchase-order.service';
import { purchaseOrderLinesLoader } from './purchase-order.table';
import { PurchaseOrder, PurchaseOrderConnection, PurchaseOrderFilter, PurchaseOrderLine } from './purchase-order.types';
import {
  ApprovePurchaseOrderInput,
  ApprovePurchaseOrderPayload,
  CancelPurchaseOrderInput,
  CancelPurchaseOrderPayload,
  ClosePurchaseOrderInput,
  ClosePurchaseOrderPayload,
  CreatePurchaseOrderInput,
  CreatePurchaseOrderPayload,
  SendPurchaseOrderInput,
  SendPurchaseOrderPayload,
} from './purchase-order-inputs.types';

@Resolver(() => PurchaseOrder)
export class PurchaseOrderResolver {
  @Query(() => PurchaseOrderConnection, { nullable: true, description: 'Purchase orders, newest first.' })
  purchaseOrders(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PurchaseOrderFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: PurchaseOrderFilter,
  ) {
    return listPurchaseOrders(ctx, args, filter ?? {});
  }

  @FieldResolver(() => [PurchaseOrderLine], { nullable: true, description: 'The lines, in order.' })
  lines(@Root() order: PurchaseOrderEntity, @Ctx() { ctx }: GraphQLContext) {
    return purchaseOrderLinesLoader(ctx).load(order.id);
  }

  @Mutation(() => CreatePurchaseOrderPayload, { description: 'Creates a purchase order in DRAFT; every line must be an approved source of the supplier.' })
  createPurchaseOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreatePurchaseOrderInput, { description: 'The supplier and the ordered lines.' }) input: CreatePurchaseOrderInput) {
    return toPayload(CreatePurchaseOrderPayload, async () => ({ purchaseOrder: await createPurchaseOrder(ctx, input) }));
  }

  @Mutation(() => ApprovePurchaseOrderPayload, {
    description: 'DRAFT → APPROVED, not by its creator; above the PURCHASE_APPROVAL_LIMIT of its currency (or in a currency without one) only by QA_MANAGER or ADMIN.',
  })
  approvePurchaseOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => ApprovePurchaseOrderInput, { description: 'The DRAFT purchase order and its version.' }) input: ApprovePurchaseOrderInput) {
    return toPayload(ApprovePurchaseOrderPayload, async () => ({ purchaseOrder: await approvePurchaseOrder(ctx, input) }));
  }

  @Mutation(() => SendPurchaseOrderPayload, { description: 'APPROVED → SENT to the supplier.' })
  sendPurchaseOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SendPurchaseOrderInput, { description: 'The APPROVED purchase order sent to its supplier.' }) input: SendPurchaseOrderInput) {
    return toPayload(SendPurchaseOrderPayload, async () => ({ purchaseOrder: await sendPurchaseOrder(ctx, input) }));
  }

  @Mutation(() => CancelPurchaseOrderPayload, { description: 'DRAFT, APPROVED or SENT → CANCELLED with a reason, while nothing was received.' })
  cancelPurchaseOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CancelPurchaseOrderInput, { description: 'The purchase order and why it is cancelled.' }) input: CancelPurchaseOrderInput) {
    return toPayload(CancelPurchaseOrderPayload, async () => ({ purchaseOrder: await cancelPurchaseOrder(ctx, input) }));
  }

  @Mutation(() => ClosePurchaseOrderPayload, { description: 'RECEIVED or PARTIALLY_RECEIVED → CLOSED with a reason.' })
  closePurchaseOrder(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => ClosePurchaseOrderInput, { description: 'The received purchase order and why it is closed.' }) input: ClosePurchaseOrderInput,
  ) {
    return toPayload(ClosePurchaseOrderPayload, async () => ({ purchaseOrder: await closePurchaseOrder(ctx, input) }));
  }
}

@Resolver(() => PurchaseOrderLine)
export class PurchaseOrderLineResolver {
  @FieldResolver(() => Material, { nullable: true, description: 'The material ordered; null where the caller may not read it.' })
  material(@Root() line: PurchaseOrderLineEntity, @Ctx() { ctx }: GraphQLContext) {
    return MATERIAL.loader(ctx).load(line.materialId);
  }

  @FieldResolver(() => [Lot], {
    nullable: true,
    description: 'The lots received against this line, in receipt order (those the caller may read); null with FORBIDDEN for a caller who may read no lot.',
  })
  receipts(@Root() line: PurchaseOrderLineEntity, @Ctx() { ctx }: GraphQLContext) {
    return lotsReceivedAgainstLineLoader(ctx).load(line.id);
  }
}
