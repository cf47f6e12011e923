import { Arg, Args, Ctx, Mutation, Query, Resolver, Root, Subscription, ID } from 'type-graphql';
import { RESUME_AFTER } from '../../core/graphql/subscription-args';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { qualificationChanges } from './supplier-changes.service';
import * as suppliers from './supplier.service';
import {
  CreateSupplierInput,
  CreateSupplierPayload,
  SetSupplierQualificationInput,
  SetSupplierQualificationPayload,
  SupplierConnection,
  SupplierFilter,
  SupplierOrder,
  SupplierQualificationChangedEvent,
  SupplierQualificationChangedFilter,
  UpdateSupplierInput,
  UpdateSupplierPayload,
} from './supplier.types';

@Resolver()
export class SupplierResolver {
  @Query(() => SupplierConnection, { nullable: true, description: 'Suppliers the caller may read (a SUPPLIER account: only its own).' })
  suppliers(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => SupplierFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: SupplierFilter,
    @Arg('orderBy', () => [SupplierOrder], { nullable: true, description: 'Sort keys in precedence order; the id is always the last tie-breaker so pages are stable.' }) orderBy?: SupplierOrder[],
  ) {
    return suppliers.listSuppliers(ctx, args, filter ?? {}, orderBy);
  }

  @Mutation(() => CreateSupplierPayload, { description: 'Registers a supplier as PROSPECTIVE.' })
  createSupplier(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CreateSupplierInput, { description: "The new supplier's master data." }) input: CreateSupplierInput) {
    return toPayload(CreateSupplierPayload, async () => ({ supplier: await suppliers.createSupplier(ctx, input) }));
  }

  @Mutation(() => UpdateSupplierPayload, { description: "Changes a supplier's master data." })
  updateSupplier(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => UpdateSupplierInput, { description: 'The supplier and the master data fields to change.' }) input: UpdateSupplierInput) {
    return toPayload(UpdateSupplierPayload, async () => ({ supplier: await suppliers.updateSupplier(ctx, input) }));
  }

  @Mutation(() => SetSupplierQualificationPayload, { description: "Sets a supplier's qualification (QA_MANAGER, ADMIN)." })
  setSupplierQualification(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => SetSupplierQualificationInput, { description: 'The supplier, its new qualification status and why.' }) input: SetSupplierQualificationInput,
  ) {
    return toPayload(SetSupplierQualificationPayload, async () => ({ supplier: await suppliers.setSupplierQualification(ctx, input) }));
  }

  @Subscription(() => SupplierQualificationChangedEvent, {
    description: 'Committed qualification changes of suppliers the subscriber may read.',
    subscribe: ({ context, args }) => qualificationChanges((context as GraphQLContext).ctx, (args.filter ?? {}) as SupplierQualificationChangedFilter, args.after as string | undefined),
  })
  supplierQualificationChanged(
    @Root() event: SupplierQualificationChangedEvent,
    @Arg('filter', () => SupplierQualificationChangedFilter, { nullable: true, description: 'Only events matching these criteria; omit for every event the subscriber may read.' })
    _filter?: SupplierQualificationChangedFilter,
    @Arg('after', () => ID, { nullable: true, description: RESUME_AFTER }) _after?: string,
  ): SupplierQualificationChangedEvent {
    return event;
  }
}
