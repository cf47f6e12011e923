import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { asQueryErrors } from '../../core/graphql/query-errors';
import { lotLoader } from '../lots/lot.loaders';
import { Lot } from '../lots/lot.types';
import { AffectedLot, LotTrace, RecallImpact, TraceDirection, TraceNode } from './trace.types';
import { DEFAULT_TRACE_DEPTH, recallImpact, traceLot } from './trace.service';

@Resolver(() => TraceNode)
export class TraceResolver {
  @Query(() => LotTrace, { description: 'The genealogy of a lot in one recursive SQL statement, bounded by maxDepth, with a cycle guard.' })
  traceLot(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('direction', () => TraceDirection, { defaultValue: TraceDirection.BACKWARD }) direction: TraceDirection,
    @Arg('maxDepth', () => Int, { defaultValue: DEFAULT_TRACE_DEPTH }) maxDepth: number,
  ) {
    return asQueryErrors(() => traceLot(ctx, id, direction, maxDepth));
  }

  @Query(() => RecallImpact, { description: 'Every lot downstream of a lot, with stock on hand.' })
  recallImpact(@Ctx() { ctx }: GraphQLContext, @Arg('lotId', () => ID) lotId: string) {
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
