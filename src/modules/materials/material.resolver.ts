import { Arg, Args, Ctx, Mutation, Query, Resolver, Root, Subscription, ID } from 'type-graphql';
import { RESUME_AFTER } from '../../core/graphql/subscription-args';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { materialChanges } from './material-changes.service';
import { MaterialChangedEvent, MaterialChangedFilter } from './material-changed.types';
import * as materials from './material.service';
import {
  CreateMaterialInput,
  CreateMaterialPayload,
  MaterialConnection,
  MaterialFilter,
  MaterialOrder,
  SetMaterialStatusInput,
  SetMaterialStatusPayload,
  UpdateMaterialInput,
  UpdateMaterialPayload,
} from './material.types';

@Resolver()
export class MaterialResolver {
  @Query(() => MaterialConnection, { nullable: true, description: 'Materials the caller may read, keyset-paginated.' })
  materials(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => MaterialFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: MaterialFilter,
    @Arg('orderBy', () => [MaterialOrder], { nullable: true, description: 'Sort keys in precedence order; the id is always the last tie-breaker so pages are stable.' }) orderBy?: MaterialOrder[],
  ) {
    return materials.listMaterials(ctx, args, filter ?? {}, orderBy);
  }

  @Mutation(() => CreateMaterialPayload, { description: 'Creates a material in DRAFT.' })
  createMaterial(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateMaterialInput, { description: "The new material's master data." }) input: CreateMaterialInput) {
    return toPayload(CreateMaterialPayload, async () => ({ material: await materials.createMaterial(ctx, input) }));
  }

  @Mutation(() => UpdateMaterialPayload, { description: 'Changes a material; refused with VERSION_CONFLICT if expectedVersion is stale.' })
  updateMaterial(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => UpdateMaterialInput, { description: 'The material and the master data fields to change.' }) input: UpdateMaterialInput) {
    return toPayload(UpdateMaterialPayload, async () => ({ material: await materials.updateMaterial(ctx, input) }));
  }

  @Mutation(() => SetMaterialStatusPayload, { description: 'Moves a material along DRAFT -> ACTIVE -> OBSOLETE.' })
  setMaterialStatus(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SetMaterialStatusInput, { description: 'The material, its new status and why.' }) input: SetMaterialStatusInput) {
    return toPayload(SetMaterialStatusPayload, async () => ({ material: await materials.setMaterialStatus(ctx, input) }));
  }

  @Subscription(() => MaterialChangedEvent, {
    description: 'Committed changes to materials the subscriber may read.',
    subscribe: ({ context, args }) => materialChanges((context as GraphQLContext).ctx, (args.filter ?? {}) as MaterialChangedFilter, args.after as string | undefined),
  })
  materialChanged(
    @Root() event: MaterialChangedEvent,
    @Arg('filter', () => MaterialChangedFilter, { nullable: true, description: 'Only events matching these criteria; omit for every event the subscriber may read.' }) _filter?: MaterialChangedFilter,
    @Arg('after', () => ID, { nullable: true, description: RESUME_AFTER }) _after?: string,
  ): MaterialChangedEvent {
    return event;
  }
}
