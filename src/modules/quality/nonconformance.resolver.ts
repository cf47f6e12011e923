import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { signaturesLoader } from '../../core/signatures/signature.loaders';
import { ElectronicSignature } from '../../core/signatures/signature.types';
import { lotLoader } from '../lots/lot.loaders';
import { Lot } from '../lots/lot.types';
import { SUPPLIER } from '../suppliers/supplier.declaration';
import { Supplier } from '../suppliers/supplier.types';
import { concessionLoader } from '../lots/concession.table';
import type { NonconformanceEntity } from './nonconformance.entity';
import { closeNonconformance, dispositionNonconformance, openNonconformance, reviewNonconformance } from './nonconformance-lifecycle.service';
import { NONCONFORMANCE } from './nonconformance.declaration';
import { Concession, Nonconformance, NonconformanceConnection, NonconformanceFilter } from './nonconformance.types';
import {
  CloseNonconformanceInput,
  CloseNonconformancePayload,
  DispositionNonconformanceInput,
  DispositionNonconformancePayload,
  OpenNonconformanceInput,
  OpenNonconformancePayload,
  ReviewNonconformanceInput,
  ReviewNonconformancePayload,
} from './nonconformance-inputs.types';

@Resolver(() => Nonconformance)
export class NonconformanceResolver {
  @Query(() => NonconformanceConnection, { nullable: true, description: 'Nonconformances, newest first (a SUPPLIER: those raised against it).' })
  nonconformances(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => NonconformanceFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: NonconformanceFilter,
  ) {
    return NONCONFORMANCE.list(ctx, args, filter ?? {});
  }

  @FieldResolver(() => [Lot], { nullable: 'itemsAndList', description: 'The lots; null where the caller may not read one.' })
  lots(@Root() nc: NonconformanceEntity, @Ctx() { ctx }: GraphQLContext) {
    return lotLoader(ctx).loadMany(nc.lotIds);
  }

  @FieldResolver(() => Supplier, { nullable: true, description: 'The supplier of the affected lots, if any; null (with FORBIDDEN) if the caller may not read it.' })
  supplier(@Root() nc: NonconformanceEntity, @Ctx() { ctx }: GraphQLContext) {
    return nc.supplierId ? SUPPLIER.loader(ctx).load(nc.supplierId) : null;
  }

  @FieldResolver(() => Concession, { nullable: true, description: 'The concession of a USE_AS_IS disposition; null otherwise.' })
  concession(@Root() nc: NonconformanceEntity, @Ctx() { ctx }: GraphQLContext) {
    return nc.concessionId ? concessionLoader(ctx).load(nc.concessionId) : null;
  }

  @FieldResolver(() => [ElectronicSignature], { nullable: true, description: 'Disposition and closure signatures, oldest first.' })
  signatures(@Root() nc: NonconformanceEntity, @Ctx() { ctx }: GraphQLContext) {
    return signaturesLoader(ctx, 'Nonconformance').load(nc.id);
  }

  @Mutation(() => OpenNonconformancePayload, { description: 'Raises a nonconformance on lots (COMPLAINT or OTHER).' })
  openNonconformance(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => OpenNonconformanceInput, { description: 'The affected lots, the source and what is wrong.' }) input: OpenNonconformanceInput) {
    return toPayload(OpenNonconformancePayload, async () => ({ nonconformance: await openNonconformance(ctx, input) }));
  }

  @Mutation(() => ReviewNonconformancePayload, { description: "OPEN → UNDER_REVIEW with the review's findings." })
  reviewNonconformance(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => ReviewNonconformanceInput, { description: 'The OPEN nonconformance to take under review.' }) input: ReviewNonconformanceInput,
  ) {
    return toPayload(ReviewNonconformancePayload, async () => ({ nonconformance: await reviewNonconformance(ctx, input) }));
  }

  @Mutation(() => DispositionNonconformancePayload, {
    description:
      'UNDER_REVIEW → DISPOSITIONED, signed APPROVED: USE_AS_IS (with a concession → CONDITIONAL_RELEASE), REWORK (→ QUARANTINE), SCRAP or ' +
      'RETURN_TO_SUPPLIER (held lots rejected, then scrapped or returned; recalled, expired, scrapped or returned lots keep their status; ' +
      'all their stock written off with movements referencing the nonconformance).',
  })
  dispositionNonconformance(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => DispositionNonconformanceInput, { description: 'The nonconformance UNDER_REVIEW, the disposition and the approving signature.' }) input: DispositionNonconformanceInput,
  ) {
    return toPayload(DispositionNonconformancePayload, () => dispositionNonconformance(ctx, input));
  }

  @Mutation(() => CloseNonconformancePayload, {
    description: 'DISPOSITIONED → CLOSED, signed CLOSED, once the disposition is carried out: reworked lots re-inspected, no stock left on hand of scrapped or returned lots.',
  })
  closeNonconformance(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => CloseNonconformanceInput, { description: 'The DISPOSITIONED nonconformance and the closing signature.' }) input: CloseNonconformanceInput,
  ) {
    return toPayload(CloseNonconformancePayload, () => closeNonconformance(ctx, input));
  }
}

@Resolver(() => Lot)
export class LotConcessionResolver {
  @FieldResolver(() => Concession, { nullable: true, description: 'The concession a CONDITIONAL_RELEASE lot is used under.' })
  concession(@Root() lot: { concessionId: string | null }, @Ctx() { ctx }: GraphQLContext) {
    return lot.concessionId ? concessionLoader(ctx).load(lot.concessionId) : null;
  }
}
