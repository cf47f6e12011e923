import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { MATERIAL } from '../materials/material.declaration';
import { Material } from '../materials/material.types';
import type { MaterialEntity } from '../materials/material.entity';
import { SUPPLIER } from '../suppliers/supplier.declaration';
import { Supplier } from '../suppliers/supplier.types';
import type { SupplierEntity } from '../suppliers/supplier.entity';
import type { MaterialSupplierEntity } from './material-supplier.entity';
import { MaterialSupplierStatus } from './material-supplier.enums';
import { materialSupplierLoader } from './material-supplier.loaders';
import * as asl from './material-supplier.service';
import {
  ApproveMaterialSupplierInput,
  ApproveMaterialSupplierPayload,
  ApprovedSupplierFilter,
  MaterialSupplier,
  MaterialSupplierConnection,
  SetMaterialSupplierStatusInput,
  SetMaterialSupplierStatusPayload,
} from './material-supplier.types';

@Resolver(() => MaterialSupplier)
export class MaterialSupplierResolver {
  @Query(() => MaterialSupplierConnection, { nullable: true, description: 'The approved-supplier list, by material and supplier.' })
  approvedSuppliers(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ApprovedSupplierFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' })
    filter?: ApprovedSupplierFilter,
  ) {
    return asl.listApprovedSuppliers(ctx, args, filter ?? {});
  }

  @FieldResolver(() => Material, { nullable: true })
  material(@Root() entry: MaterialSupplierEntity, @Ctx() { ctx }: GraphQLContext) {
    return MATERIAL.loader(ctx).load(entry.materialId);
  }

  @FieldResolver(() => Supplier, { nullable: true })
  supplier(@Root() entry: MaterialSupplierEntity, @Ctx() { ctx }: GraphQLContext) {
    return SUPPLIER.loader(ctx).load(entry.supplierId);
  }

  @Mutation(() => ApproveMaterialSupplierPayload, { description: 'Adds (or re-approves) a supplier for a material; the supplier must be qualified.' })
  approveMaterialSupplier(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => ApproveMaterialSupplierInput, { description: 'The material and the supplier to approve as its source.' }) input: ApproveMaterialSupplierInput,
  ) {
    return toPayload(ApproveMaterialSupplierPayload, async () => ({ materialSupplier: await asl.approveMaterialSupplier(ctx, input) }));
  }

  @Mutation(() => SetMaterialSupplierStatusPayload, { description: 'Suspends, revokes or re-approves an approved-supplier entry.' })
  setMaterialSupplierStatus(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => SetMaterialSupplierStatusInput, { description: 'The approved-supplier-list entry, its new status and why.' }) input: SetMaterialSupplierStatusInput,
  ) {
    return toPayload(SetMaterialSupplierStatusPayload, async () => ({ materialSupplier: await asl.setMaterialSupplierStatus(ctx, input) }));
  }
}

@Resolver(() => Material)
export class MaterialApprovedSuppliersResolver {
  @FieldResolver(() => [MaterialSupplier], { nullable: true, description: 'Approved-supplier-list entries of this material.' })
  async approvedSuppliers(
    @Root() material: MaterialEntity,
    @Ctx() { ctx }: GraphQLContext,
    @Arg('status', () => [MaterialSupplierStatus], { nullable: true, description: 'Only entries in one of these statuses; all when omitted.' }) status?: MaterialSupplierStatus[],
  ) {
    const entries = await materialSupplierLoader(ctx, 'materialId').load(material.id);
    return status ? entries.filter((e) => status.includes(e.status)) : entries;
  }
}

@Resolver(() => Supplier)
export class SupplierApprovedMaterialsResolver {
  @FieldResolver(() => [MaterialSupplier], { nullable: true, description: 'Approved-supplier-list entries of this supplier.' })
  async approvedMaterials(
    @Root() supplier: SupplierEntity,
    @Ctx() { ctx }: GraphQLContext,
    @Arg('status', () => [MaterialSupplierStatus], { nullable: true, description: 'Only entries in one of these statuses; all when omitted.' }) status?: MaterialSupplierStatus[],
  ) {
    const entries = await materialSupplierLoader(ctx, 'supplierId').load(supplier.id);
    return status ? entries.filter((e) => status.includes(e.status)) : entries;
  }
}
