import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import type { BomEntity } from './bom.entity';
import { bomLinesLoader } from './production.loaders';
import * as boms from './bom.service';
import * as workOrders from './work-order.service';
import { consumeLot, produceLot } from './consumption.service';
import { WorkOrderStatus } from './production.enums';
import { Bom, BomConnection, BomFilter, BomLine, WorkOrderConnection, WorkOrderFilter } from './production.types';
import {
  CancelWorkOrderPayload,
  CloseWorkOrderPayload,
  CompleteWorkOrderPayload,
  ConsumeLotInput,
  ConsumeLotPayload,
  CreateBomInput,
  CreateBomPayload,
  CreateWorkOrderInput,
  CreateWorkOrderPayload,
  ProduceLotInput,
  ProduceLotPayload,
  ReleaseWorkOrderPayload,
  WorkOrderTransitionInput,
} from './production-inputs.types';

@Resolver(() => Bom)
export class BomResolver {
  @Query(() => BomConnection, { nullable: true, description: 'Bills of materials.' })
  boms(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('productMaterialIds', () => [ID], { nullable: true, description: 'Only BOMs of one of these products.' }) productMaterialIds?: string[],
    @Arg('filter', () => BomFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: BomFilter,
  ) {
    return boms.listBoms(ctx, args, productMaterialIds, filter);
  }

  @FieldResolver(() => [BomLine], { description: 'The components, in line order.' })
  lines(@Root() bom: BomEntity, @Ctx() { ctx }: GraphQLContext) {
    return bomLinesLoader(ctx).load(bom.id);
  }

  @Mutation(() => CreateBomPayload, { description: 'Creates a BOM revision of a product with its components and approved substitutes.' })
  createBom(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateBomInput, { description: 'The product, revision and component lines of the new BOM.' }) input: CreateBomInput) {
    return toPayload(CreateBomPayload, async () => ({ bom: await boms.createBom(ctx, input) }));
  }
}

@Resolver()
export class WorkOrderResolver {
  @Query(() => WorkOrderConnection, { nullable: true, description: 'Work orders, newest first.' })
  workOrders(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => WorkOrderFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: WorkOrderFilter,
  ) {
    return workOrders.listWorkOrders(ctx, args, filter ?? {});
  }

  @Mutation(() => CreateWorkOrderPayload, { description: 'Plans a work order against an active BOM.' })
  createWorkOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateWorkOrderInput, { description: 'The BOM, site and quantity to make.' }) input: CreateWorkOrderInput) {
    return toPayload(CreateWorkOrderPayload, async () => ({ workOrder: await workOrders.createWorkOrder(ctx, input) }));
  }

  @Mutation(() => ReleaseWorkOrderPayload, { description: 'PLANNED -> RELEASED.' })
  releaseWorkOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => WorkOrderTransitionInput, { description: 'The PLANNED work order to release to production.' }) input: WorkOrderTransitionInput) {
    return toPayload(ReleaseWorkOrderPayload, async () => ({ workOrder: await workOrders.transitionWorkOrder(ctx, input, WorkOrderStatus.RELEASED) }));
  }

  @Mutation(() => CompleteWorkOrderPayload, { description: 'IN_PROGRESS -> COMPLETED.' })
  completeWorkOrder(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => WorkOrderTransitionInput, { description: 'The IN_PROGRESS work order whose production is finished.' }) input: WorkOrderTransitionInput,
  ) {
    return toPayload(CompleteWorkOrderPayload, async () => ({ workOrder: await workOrders.transitionWorkOrder(ctx, input, WorkOrderStatus.COMPLETED) }));
  }

  @Mutation(() => CloseWorkOrderPayload, { description: 'COMPLETED -> CLOSED.' })
  closeWorkOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => WorkOrderTransitionInput, { description: 'The COMPLETED work order and why it is closed.' }) input: WorkOrderTransitionInput) {
    return toPayload(CloseWorkOrderPayload, async () => ({ workOrder: await workOrders.transitionWorkOrder(ctx, input, WorkOrderStatus.CLOSED) }));
  }

  @Mutation(() => CancelWorkOrderPayload, { description: 'PLANNED or RELEASED -> CANCELLED.' })
  cancelWorkOrder(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => WorkOrderTransitionInput, { description: 'The work order and why it is cancelled.' }) input: WorkOrderTransitionInput) {
    return toPayload(CancelWorkOrderPayload, async () => ({ workOrder: await workOrders.transitionWorkOrder(ctx, input, WorkOrderStatus.CANCELLED) }));
  }

  @Mutation(() => ConsumeLotPayload, { description: 'Issues a released, unexpired component lot to a work order (LOT_NOT_RELEASED, LOT_EXPIRED, INSUFFICIENT_STOCK).' })
  consumeLot(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => ConsumeLotInput, { description: 'The work order, the component lot, where it is taken from and how much.' }) input: ConsumeLotInput) {
    return toPayload(ConsumeLotPayload, async () => ({ consumption: await consumeLot(ctx, input) }));
  }

  @Mutation(() => ProduceLotPayload, { description: 'Produces an output lot in QUARANTINE with genealogy from every consumed lot.' })
  produceLot(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => ProduceLotInput, { description: 'The work order, the output quantity and where the produced lot is put.' }) input: ProduceLotInput) {
    return toPayload(ProduceLotPayload, async () => ({ lot: await produceLot(ctx, input) }));
  }
}
