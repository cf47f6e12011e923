import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toPayload } from '../../core/graphql/payload';
import { LotTransitionInput } from '../lots/lot-inputs.types';
import { CUSTOMER } from '../customers/customer.declaration';
import { Customer } from '../customers/customer.types';
import { RecallCustomer, RecallLotPayload, RecallShipment } from './recall.types';
import { recallLot } from './recall.service';
import { customersOf, shipmentsOf } from '../sales/shipment.lookups';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { asQueryErrors } from '../../core/graphql/query-errors';
import { lotLoader } from '../lots/lot.loaders';
import { Lot } from '../lots/lot.types';
import { AffectedLot, LotTrace, RecallImpact, TraceDirection, TraceNode } from './trace.types';
import { DEFAULT_TRACE_DEPTH, recallImpact, traceLot } from './trace.service';

@Resolver(() => TraceNode)
export class TraceResolver {
  @Query(() => LotTrace, {
    nullable: true,
    description: 'The genealogy of a lot in one recursive SQL statement, bounded by maxDepth, with a cycle guard; it goes only through lots the caller may read.',
  })
  traceLot(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('id', () => ID, { description: 'The lot to start from.' }) id: string,
    @Arg('direction', () => TraceDirection, { defaultValue: TraceDirection.BACKWARD, description: 'BACKWARD (where from), FORWARD (where used) or BOTH.' }) direction: TraceDirection,
    @Arg('maxDepth', () => Int, { defaultValue: DEFAULT_TRACE_DEPTH, description: 'How many genealogy edges to follow, 1 to 25 (default 10).' }) maxDepth: number,
  ) {
    return asQueryErrors(() => traceLot(ctx, id, direction, maxDepth));
  }

  @Query(() => RecallImpact, {
    nullable: true,
    description: 'Every lot downstream of a lot that the caller may read (the walk does not pass lots out of its row scope), with the stock on hand it may read.',
  })
  recallImpact(@Ctx() { ctx }: GraphQLContext, @Arg('lotId', () => ID, { description: 'The lot being recalled.' }) lotId: string) {
    return asQueryErrors(() => recallImpact(ctx, lotId));
  }

  @FieldResolver(() => Lot, { nullable: true })
  lot(@Root() node: TraceNode, @Ctx() { ctx }: GraphQLContext) {
    return lotLoader(ctx).load(node.lotId);
  }
}

@Resolver(() => AffectedLot)
export class AffectedLotResolver {
  @FieldResolver(() => Lot, { nullable: true })
  lot(@Root() affected: AffectedLot, @Ctx() { ctx }: GraphQLContext) {
    return lotLoader(ctx).load(affected.lotId);
  }
}

type Impact = { lot: { id: string }; affectedLots: { lotId: string }[] };
const impactLotIds = (impact: Impact) => [impact.lot.id, ...impact.affectedLots.map((a) => a.lotId)];

@Resolver(() => RecallImpact)
export class RecallImpactResolver {
  @FieldResolver(() => [RecallShipment], { nullable: true, description: 'Shipments of the lot and of every affected lot (needs read on Shipment).' })
  shipments(@Root() impact: Impact, @Ctx() { ctx }: GraphQLContext) {
    return shipmentsOf(ctx, impactLotIds(impact));
  }

  @FieldResolver(() => [RecallCustomer], { nullable: true, description: 'Customers that received any of it, with quantities.' })
  customers(@Root() impact: Impact, @Ctx() { ctx }: GraphQLContext) {
    return customersOf(ctx, impactLotIds(impact));
  }

  @Mutation(() => RecallLotPayload, { description: 'Recalls a lot and every lot made from it (signed APPROVED by QA); returns the customers to notify.' })
  recallLot(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => LotTransitionInput, { description: 'The lot to recall, the reason and the signature.' }) input: LotTransitionInput) {
    return toPayload(RecallLotPayload, () => recallLot(ctx, input));
  }
}

@Resolver(() => RecallCustomer)
export class RecallCustomerResolver {
  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() row: { customerId: string }, @Ctx() { ctx }: GraphQLContext) {
    return CUSTOMER.loader(ctx).load(row.customerId);
  }
}
