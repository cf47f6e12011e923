import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { Material } from '../materials/material.types';
import { Supplier } from '../suppliers/supplier.types';
import { MaterialSupplierStatus } from './material-supplier.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'An approved-supplier-list entry: this supplier may supply this material.' })
export class MaterialSupplier extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  materialId: string;

  @Field(() => ID)
  supplierId: string;

  @Field(() => Material, { nullable: true, description: 'Null with FORBIDDEN where the caller may not read materials.' })
  material?: Material | null;

  @Field(() => Supplier, { nullable: true })
  supplier?: Supplier | null;

  @Field(() => MaterialSupplierStatus)
  status: MaterialSupplierStatus;

  @Field(() => String, { nullable: true, description: "The supplier's own part number." })
  supplierPartNumber: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of the approver.' })
  approvedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Why the entry has its current status.' })
  reason: string | null;
}

export const MaterialSupplierConnection = ConnectionType(MaterialSupplier, 'MaterialSupplier');

@InputType()
export class ApprovedSupplierFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true })
  materialIds?: string[];

  @Field(() => [ID], { nullable: true })
  supplierIds?: string[];

  @Field(() => [MaterialSupplierStatus], { nullable: true })
  status?: MaterialSupplierStatus[];
}

@InputType()
export class ApproveMaterialSupplierInput {
  @Field(() => ID)
  materialId: string;

  @Field(() => ID)
  supplierId: string;

  @Field(() => String, { nullable: true })
  supplierPartNumber?: string | null;

  @Field({ description: 'Why the source is approved (evaluation, first-article inspection...).' })
  reason: string;
}

@InputType()
export class SetMaterialSupplierStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => MaterialSupplierStatus)
  status: MaterialSupplierStatus;

  @Field()
  reason: string;
}

@ObjectType({ implements: Payload })
export class ApproveMaterialSupplierPayload extends Payload {
  @Field(() => MaterialSupplier, { nullable: true })
  materialSupplier: MaterialSupplier | null;
}

@ObjectType({ implements: Payload })
export class SetMaterialSupplierStatusPayload extends Payload {
  @Field(() => MaterialSupplier, { nullable: true })
  materialSupplier: MaterialSupplier | null;
}
