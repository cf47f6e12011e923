import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription, ID } from 'type-graphql';
import { RESUME_AFTER } from '../../core/graphql/subscription-args';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { signaturesLoader } from '../../core/signatures/signature.loaders';
import { ElectronicSignature } from '../../core/signatures/signature.types';
import { Nonconformance } from '../quality/nonconformance.types';
import type { NonconformanceEntity } from '../quality/nonconformance.entity';
import type { CapaEntity } from './capa.entity';
import { capaActionsLoader, capasByNonconformanceLoader } from './capa.table';
import { addCapaAction, completeCapaAction } from './capa-action.service';
import { capaStatusChanges } from './capa-changes.service';
import { advanceCapa, closeCapa } from './capa-lifecycle.service';
import { openCapa } from './capa.service';
import { CAPA } from './capa.declaration';
import { Capa, CapaAction, CapaConnection, CapaFilter, CapaStatusChangedEvent, CapaStatusChangedFilter } from './capa.types';
import {
  AddCapaActionInput,
  AddCapaActionPayload,
  AdvanceCapaInput,
  AdvanceCapaPayload,
  CloseCapaInput,
  CloseCapaPayload,
  CompleteCapaActionInput,
  CompleteCapaActionPayload,
  OpenCapaInput,
  OpenCapaPayload,
} from './capa-inputs.types';

@Resolver(() => Capa)
export class CapaResolver {
  @Query(() => CapaConnection, { nullable: true, description: 'CAPAs, newest first.' })
  capas(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CapaFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: CapaFilter,
  ) {
    return CAPA.list(ctx, args, filter ?? {});
  }

  @FieldResolver(() => [CapaAction], { nullable: true, description: "The plan's actions, in order." })
  actions(@Root() capa: CapaEntity, @Ctx() { ctx }: GraphQLContext) {
    return capaActionsLoader(ctx).load(capa.id);
  }

  @FieldResolver(() => [ElectronicSignature], { nullable: true, description: 'Plan approval, verification and closure signatures, oldest first.' })
  signatures(@Root() capa: CapaEntity, @Ctx() { ctx }: GraphQLContext) {
    return signaturesLoader(ctx, 'Capa').load(capa.id);
  }

  @Mutation(() => OpenCapaPayload, { description: 'Opens a CAPA in DRAFT, optionally from nonconformances.' })
  openCapa(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => OpenCapaInput, { description: 'The problem the new CAPA addresses.' }) input: OpenCapaInput) {
    return toPayload(OpenCapaPayload, async () => ({ capa: await openCapa(ctx, input) }));
  }

  @Mutation(() => AdvanceCapaPayload, { description: 'Moves a CAPA one step, through the gates of its lifecycle.' })
  advanceCapa(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => AdvanceCapaInput, { description: 'The CAPA, the status to move it to and the fields that step records.' }) input: AdvanceCapaInput) {
    return toPayload(AdvanceCapaPayload, () => advanceCapa(ctx, input));
  }

  @Mutation(() => AddCapaActionPayload, { description: 'Adds an action with an owner and due date to the plan (INVESTIGATION).' })
  addCapaAction(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => AddCapaActionInput, { description: 'The CAPA and the action to add to its plan.' }) input: AddCapaActionInput) {
    return toPayload(AddCapaActionPayload, () => addCapaAction(ctx, input));
  }

  @Mutation(() => CompleteCapaActionPayload, { description: 'Marks an action done (its owner, or QA) during IMPLEMENTATION.' })
  completeCapaAction(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CompleteCapaActionInput, { description: 'The CAPA action that is done.' }) input: CompleteCapaActionInput) {
    return toPayload(CompleteCapaActionPayload, async () => ({ action: await completeCapaAction(ctx, input) }));
  }

  @Mutation(() => CloseCapaPayload, { description: 'EFFECTIVENESS_CHECK → CLOSED when the criterion was met, signed CLOSED.' })
  closeCapa(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CloseCapaInput, { description: 'The CAPA in EFFECTIVENESS_CHECK and the closing signature.' }) input: CloseCapaInput) {
    return toPayload(CloseCapaPayload, () => closeCapa(ctx, input));
  }

  @Subscription(() => CapaStatusChangedEvent, {
    description: 'CAPA status changes the subscriber may read.',
    subscribe: ({ context, args }) => capaStatusChanges((context as GraphQLContext).ctx, (args.filter ?? {}) as CapaStatusChangedFilter, args.after as string | undefined),
  })
  capaStatusChanged(
    @Root() event: CapaStatusChangedEvent,
    @Arg('filter', () => CapaStatusChangedFilter, { nullable: true, description: 'Only events matching these criteria; omit for every event the subscriber may read.' })
    _filter?: CapaStatusChangedFilter,
    @Arg('after', () => ID, { nullable: true, description: RESUME_AFTER }) _after?: string,
  ): CapaStatusChangedEvent {
    return event;
  }
}

@Resolver(() => Nonconformance)
export class NonconformanceCapaResolver {
  @FieldResolver(() => [Capa], { nullable: true, description: 'CAPAs raised from this nonconformance.' })
  capas(@Root() nc: NonconformanceEntity, @Ctx() { ctx }: GraphQLContext) {
    return capasByNonconformanceLoader(ctx).load(nc.id);
  }
}
