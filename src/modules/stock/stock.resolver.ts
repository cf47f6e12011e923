import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { lotLoader } from '../lots/lot.loaders';
import { Lot } from '../lots/lot.types';
import type { StockBalanceEntity } from './stock-balance.entity';
import * as stock from './stock.service';
import { StockBalance, StockBalanceConnection, StockBalanceFilter, StockMovementConnection, StockMovementFilter } from './stock.types';
import { AdjustStockInput, AdjustStockPayload, MoveStockInput, MoveStockPayload } from './stock-inputs.types';

@Resolver(() => StockBalance)
export class StockResolver {
  @Query(() => StockBalanceConnection, { nullable: true, description: "Stock per lot and location, limited to the caller's siteIds when the token has them." })
  stockBalances(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => StockBalanceFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: StockBalanceFilter,
  ) {
    return stock.listBalances(ctx, args, filter ?? {});
  }

  @Query(() => StockMovementConnection, { nullable: true, description: "The stock ledger in order, limited to the caller's siteIds when the token has them." })
  stockMovements(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => StockMovementFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: StockMovementFilter,
  ) {
    return stock.listMovements(ctx, args, filter ?? {});
  }

  @FieldResolver(() => Lot, { nullable: true, description: 'The lot; null (with FORBIDDEN) if the caller may not read it.' })
  lot(@Root() balance: StockBalanceEntity, @Ctx() { ctx }: GraphQLContext) {
    return lotLoader(ctx).load(balance.lotId);
  }

  @Mutation(() => MoveStockPayload, {
    description:
      'Moves stock; idempotent with idempotencyKey or the Idempotency-Key header. Never lets a balance go negative. SCRAP takes ' +
      'only from a released lot and SAMPLE not from a blocked one (LOT_NOT_RELEASED): other stock leaves through a QA disposition.',
  })
  moveStock(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => MoveStockInput, { description: 'The lot, movement type, locations and quantity.' }) input: MoveStockInput) {
    return toPayload(MoveStockPayload, async () => ({ movement: await stock.moveStock(ctx, input) }));
  }

  @Mutation(() => AdjustStockPayload, {
    description:
      'Records a counted quantity as an ADJUST movement; idempotent like moveStock. Lowering the stock of a lot that is on hold, ' +
      'rejected, recalled, expired, scrapped or returned is a QA decision: by someone who may dispose of lots, signed APPROVED.',
  })
  adjustStock(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => AdjustStockInput, { description: 'The lot, location and counted quantity.' }) input: AdjustStockInput) {
    return toPayload(AdjustStockPayload, () => stock.adjustStock(ctx, input));
  }
}
