import { Arg, Args, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { authorizedStream, rehydrate } from '../../core/events/authorized-stream';
import { assertCan, canOn } from '../../core/authz/guard';
import { MaterialEntity } from './material.entity';
import { MATERIAL_CHANGED, type MaterialChangedPayload } from './material.events';
import { MaterialChangedEvent, MaterialChangedFilter } from './material-changed.types';
import * as materials from './material.service';
import {
  CreateMaterialInput, CreateMaterialPayload, MaterialConnection, MaterialFilter, MaterialOrder,
  SetMaterialStatusInput, SetMaterialStatusPayload, UpdateMaterialInput, UpdateMaterialPayload,
} from './material.types';

@Resolver()
export class MaterialResolver {
  @Query(() => MaterialConnection, { description: 'Materials the caller may read, keyset-paginated.' })
  materials(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => MaterialFilter, { nullable: true }) filter?: MaterialFilter,
    @Arg('orderBy', () => [MaterialOrder], { nullable: true }) orderBy?: MaterialOrder[],
  ) {
    return materials.listMaterials(ctx, args, filter ?? {}, orderBy);
  }

  @Mutation(() => CreateMaterialPayload, { description: 'Creates a material in DRAFT.' })
  createMaterial(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateMaterialInput) input: CreateMaterialInput) {
    return toPayload(CreateMaterialPayload, async () => ({ material: await materials.createMaterial(ctx, input) }));
  }

  @Mutation(() => UpdateMaterialPayload, { description: 'Changes a material; refused with VERSION_CONFLICT if expectedVersion is stale.' })
  updateMaterial(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => UpdateMaterialInput) input: UpdateMaterialInput) {
    return toPayload(UpdateMaterialPayload, async () => ({ material: await materials.updateMaterial(ctx, input) }));
  }

  @Mutation(() => SetMaterialStatusPayload, { description: 'Moves a material along DRAFT -> ACTIVE -> OBSOLETE.' })
  setMaterialStatus(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => SetMaterialStatusInput) input: SetMaterialStatusInput) {
    return toPayload(SetMaterialStatusPayload, async () => ({ material: await materials.setMaterialStatus(ctx, input) }));
  }

  @Subscription(() => MaterialChangedEvent, {
    description: 'Committed changes to materials the subscriber may read.',
    subscribe: ({ context, args }) => {
      const { ctx } = context as GraphQLContext;
      assertCan(ctx, 'read', 'Material');
      const filter = (args.filter ?? {}) as MaterialChangedFilter;
      return authorizedStream(ctx, [MATERIAL_CHANGED], (event) => {
        const payload = event.payload as MaterialChangedPayload;
        const material = rehydrate(MaterialEntity, payload.record);
        if (filter.ids && !filter.ids.includes(material.id)) return null;
        if (filter.kinds && !filter.kinds.includes(payload.kind as never)) return null;
        if (!canOn(ctx, 'read', 'Material', material)) return null;
        return { eventId: event.id, kind: payload.kind, changedFields: payload.changedFields, occurredAt: event.occurredAt, material };
      });
    },
  })
  materialChanged(
    @Root() event: MaterialChangedEvent,
    @Arg('filter', () => MaterialChangedFilter, { nullable: true }) _filter?: MaterialChangedFilter,
  ): MaterialChangedEvent {
    return event;
  }
}

