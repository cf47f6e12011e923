import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription, ID } from 'type-graphql';
import { RESUME_AFTER } from '../../core/graphql/subscription-args';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { asQueryErrors } from '../../core/graphql/query-errors';
import { ElectronicSignature } from '../../core/signatures/signature.types';
import { signaturesLoader } from '../../core/signatures/signature.loaders';
import { materialAttributesLoader } from '../materials/material.loaders';
import { MATERIAL } from '../materials/material.declaration';
import { Material } from '../materials/material.types';
import { SUPPLIER } from '../suppliers/supplier.declaration';
import { Supplier } from '../suppliers/supplier.types';
import { SITE } from '../sites/site.declaration';
import { Site } from '../sites/site.types';
import type { LotEntity } from './lot.entity';
import { LotStatus } from './lot.enums';
import { lotStatusChanges } from './lot-changes.service';
import { transitionLot } from './lot-lifecycle.service';
import { disposeOfLot } from './lot-disposal.service';
import * as lots from './lot.service';
import { lotUdi } from './lot-udi';
import { Lot, LotConnection, LotFilter, LotOrder } from './lot.types';
import {
  LotTransitionInput,
  PlaceLotOnHoldInput,
  PlaceLotOnHoldPayload,
  ReceiveLotInput,
  ReceiveLotPayload,
  RejectLotPayload,
  ReleaseLotHoldPayload,
  ReleaseLotPayload,
  ReturnLotPayload,
  ReworkLotPayload,
  ScrapLotPayload,
  StartLotTestingPayload,
} from './lot-inputs.types';
import { LotStatusChangedEvent, LotStatusChangedFilter } from './lot-subscription.types';

@Resolver(() => Lot)
export class LotResolver {
  @Query(() => LotConnection, { nullable: true, description: 'Lots the caller may read (a SUPPLIER: the lots it supplied).' })
  lots(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => LotFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: LotFilter,
    @Arg('orderBy', () => [LotOrder], { nullable: true, description: 'Sort keys in precedence order; the id is always the last tie-breaker so pages are stable.' }) orderBy?: LotOrder[],
  ) {
    return lots.listLots(ctx, args, filter ?? {}, orderBy);
  }

  @Query(() => Lot, { nullable: true, description: "A lot by material code and lot number (internal, or the supplier's)." })
  lotByNumber(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('materialCode', { description: "The material's code, e.g. CVC-7F-20." }) materialCode: string,
    @Arg('lotNumber', { description: "The internal lot number, or the supplier's lot number." }) lotNumber: string,
  ) {
    return lots.lotByNumber(ctx, materialCode, lotNumber);
  }

  @Query(() => Lot, {
    nullable: true,
    description:
      'A lot by its GS1 UDI string: parenthesised (spaces allowed, as typed from the label), or raw with FNC1 as ASCII 29 or the literal `<GS>` a keyboard-wedge scanner sends. The GTIN check digit is verified; a (11) production date, (17) expiry or (21) serial that does not match the lot is refused with VALIDATION_FAILED and the AI as the last element of the error\'s `field` (e.g. `["udi", "(17)"]`). Null when no readable lot has that material and lot number.',
  })
  lotByUdi(@Ctx() { ctx }: GraphQLContext, @Arg('udi', { description: 'The GS1 element string as scanned or typed, e.g. (01)04012345678901(17)261230(10)ABC123.' }) udi: string) {
    return asQueryErrors(() => lots.lotByUdi(ctx, udi));
  }

  @FieldResolver(() => Material, { nullable: true, description: "The lot's material; null (with FORBIDDEN) if the caller may not read it." })
  material(@Root() lot: LotEntity, @Ctx() { ctx }: GraphQLContext) {
    return MATERIAL.loader(ctx).load(lot.materialId);
  }

  @FieldResolver(() => Supplier, { nullable: true, description: 'The supplier of a received lot; null for a produced lot, or (with FORBIDDEN) if the caller may not read it.' })
  supplier(@Root() lot: LotEntity, @Ctx() { ctx }: GraphQLContext) {
    return lot.supplierId ? SUPPLIER.loader(ctx).load(lot.supplierId) : null;
  }

  @FieldResolver(() => Site, { nullable: true, description: 'The site that received or produced the lot; null (with FORBIDDEN) if the caller may not read it.' })
  site(@Root() lot: LotEntity, @Ctx() { ctx }: GraphQLContext) {
    return SITE.loader(ctx).load(lot.siteId);
  }

  @FieldResolver(() => [ElectronicSignature], { nullable: true, description: 'Signatures on this lot, oldest first.' })
  signatures(@Root() lot: LotEntity, @Ctx() { ctx }: GraphQLContext) {
    return signaturesLoader(ctx, 'Lot').load(lot.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The GS1 element string of this lot: (01) GTIN, (11), (17), (10), (21).' })
  async udi(@Root() lot: LotEntity, @Ctx() { ctx }: GraphQLContext) {
    const material = await materialAttributesLoader(ctx).load(lot.materialId);
    return material?.gtin ? lotUdi(material.gtin, lot) : null;
  }

  @Mutation(() => ReceiveLotPayload, { description: 'Receives a lot into QUARANTINE from an approved source (SUPPLIER_NOT_APPROVED otherwise).' })
  receiveLot(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => ReceiveLotInput, { description: 'The material, supplier, quantity and location of the received lot.' }) input: ReceiveLotInput) {
    return toPayload(ReceiveLotPayload, async () => ({ lot: await lots.receiveLot(ctx, input) }));
  }

  @Mutation(() => StartLotTestingPayload, { description: 'QUARANTINE -> UNDER_TEST.' })
  startLotTesting(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => LotTransitionInput, { description: 'The QUARANTINE lot whose testing starts (it goes UNDER_TEST).' }) input: LotTransitionInput) {
    return toPayload(StartLotTestingPayload, () => transitionLot(ctx, input, LotStatus.UNDER_TEST));
  }

  @Mutation(() => ReleaseLotPayload, { description: "UNDER_TEST -> RELEASED, signed RELEASED by QA other than the lot's author." })
  releaseLot(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => LotTransitionInput, { description: 'The lot to release, the reason and the RELEASED signature.' }) input: LotTransitionInput) {
    return toPayload(ReleaseLotPayload, () => transitionLot(ctx, input, LotStatus.RELEASED));
  }

  @Mutation(() => RejectLotPayload, { description: 'UNDER_TEST or ON_HOLD -> REJECTED, signed by QA.' })
  rejectLot(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => LotTransitionInput, { description: 'The lot to reject, the reason and the signature.' }) input: LotTransitionInput) {
    return toPayload(RejectLotPayload, () => transitionLot(ctx, input, LotStatus.REJECTED));
  }

  @Mutation(() => PlaceLotOnHoldPayload, { description: 'RELEASED or CONDITIONAL_RELEASE -> ON_HOLD (QA); optionally propagates forward along the genealogy.' })
  placeLotOnHold(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => PlaceLotOnHoldInput, { description: 'The RELEASED lot, why it is held, and whether downstream lots are held too.' }) input: PlaceLotOnHoldInput,
  ) {
    return toPayload(PlaceLotOnHoldPayload, () => transitionLot(ctx, input, LotStatus.ON_HOLD, input.propagateForward));
  }

  @Mutation(() => ReleaseLotHoldPayload, { description: 'ON_HOLD -> RELEASED, signed RELEASED by QA.' })
  releaseLotHold(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => LotTransitionInput, { description: 'The ON_HOLD lot to release again, the reason and the signature.' }) input: LotTransitionInput,
  ) {
    return toPayload(ReleaseLotHoldPayload, () => transitionLot(ctx, input, LotStatus.RELEASED));
  }

  @Mutation(() => ScrapLotPayload, {
    description:
      'REJECTED -> SCRAPPED, signed APPROVED by QA; its stock leaves with SCRAP movements. A RECALLED or EXPIRED lot (or a SCRAPPED ' +
      'or RETURNED one with stock found since) keeps its status and has the stock it still holds scrapped, signed the same way.',
  })
  scrapLot(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => LotTransitionInput, { description: 'The REJECTED lot to scrap, the reason and the signature.' }) input: LotTransitionInput) {
    return toPayload(ScrapLotPayload, () => disposeOfLot(ctx, input, LotStatus.SCRAPPED));
  }

  @Mutation(() => ReturnLotPayload, {
    description:
      'REJECTED -> RETURNED to its supplier, signed APPROVED by QA; its stock leaves with RETURN movements. A RECALLED or EXPIRED ' +
      'lot (or a SCRAPPED or RETURNED one with stock found since) keeps its status and has the stock it still holds returned.',
  })
  returnLot(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => LotTransitionInput, { description: 'The REJECTED lot to return to its supplier, the reason and the signature.' }) input: LotTransitionInput,
  ) {
    return toPayload(ReturnLotPayload, () => disposeOfLot(ctx, input, LotStatus.RETURNED));
  }

  @Mutation(() => ReworkLotPayload, { description: 'REJECTED -> QUARANTINE for rework and re-inspection (QA).' })
  reworkLot(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => LotTransitionInput, { description: 'The REJECTED lot to send back to QUARANTINE for rework, the reason and the signature.' }) input: LotTransitionInput,
  ) {
    return toPayload(ReworkLotPayload, () => transitionLot(ctx, input, LotStatus.QUARANTINE));
  }

  @Subscription(() => LotStatusChangedEvent, {
    description: 'Committed lot status changes on lots the subscriber may read.',
    subscribe: ({ context, args }) => lotStatusChanges((context as GraphQLContext).ctx, (args.filter ?? {}) as LotStatusChangedFilter, args.after as string | undefined),
  })
  lotStatusChanged(
    @Root() event: LotStatusChangedEvent,
    @Arg('filter', () => LotStatusChangedFilter, { nullable: true, description: 'Only events matching these criteria; omit for every event the subscriber may read.' })
    _filter?: LotStatusChangedFilter,
    @Arg('after', () => ID, { nullable: true, description: RESUME_AFTER }) _after?: string,
  ): LotStatusChangedEvent {
    return event;
  }
}
