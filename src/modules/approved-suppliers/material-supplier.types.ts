import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { Material } from '../materials/material.types';
import { Supplier } from '../suppliers/supplier.types';
import { MaterialSupplierStatus } from './material-supplier.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'An approved-supplier-list entry: this supplier may supply this material.' })
export class MaterialSupplier extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix asl_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field(() => ID, { description: 'Global id of the material.' })
  materialId: string;

  @Field(() => ID, { description: 'Global id of the approved supplier.' })
  supplierId: string;

  @Field(() => Material, { nullable: true, description: 'Null with FORBIDDEN where the caller may not read materials.' })
  material?: Material | null;

  @Field(() => Supplier, { nullable: true, description: 'The approved supplier; null (with FORBIDDEN) if the caller may not read it.' })
  supplier?: Supplier | null;

  @Field(() => MaterialSupplierStatus, { description: 'Whether the supplier may currently supply the material.' })
  status: MaterialSupplierStatus;

  @Field(() => String, { nullable: true, description: "The supplier's own part number." })
  supplierPartNumber: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time the entry was (last) approved.' })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of the approver.' })
  approvedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Why the entry has its current status.' })
  reason: string | null;
}

export const MaterialSupplierConnection = ConnectionType(MaterialSupplier, 'MaterialSupplier');

@InputType({ description: 'Criteria for listing approved supplier list entries: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter.' })
export class ApprovedSupplierFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these materials (global ids).' })
  materialIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these suppliers (global ids).' })
  supplierIds?: string[];

  @Field(() => [MaterialSupplierStatus], { nullable: true, description: 'Only records in one of these statuses.' })
  status?: MaterialSupplierStatus[];
}

@InputType({ description: 'Adds a supplier for a material to the approved-supplier list (ISO 13485 7.4); the supplier must be qualified.' })
export class ApproveMaterialSupplierInput {
  @Field(() => ID, { description: 'The material the supplier is approved for.' })
  materialId: string;

  @Field(() => ID, { description: 'The supplier approved as a source.' })
  supplierId: string;

  @Field(() => String, { nullable: true, description: "The supplier's own part number for this material, printed on purchase orders." })
  supplierPartNumber?: string | null;

  @Field({ description: 'Why the source is approved (evaluation, first-article inspection...).' })
  reason: string;
}

@InputType({ description: 'Approves, suspends or revokes an approved-supplier-list entry.' })
export class SetMaterialSupplierStatusInput {
  @Field(() => ID, { description: 'The approved-supplier-list entry.' })
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field(() => MaterialSupplierStatus, { description: 'The new status.' })
  status: MaterialSupplierStatus;

  @Field({ description: 'Why; kept in the audit trail.' })
  reason: string;
}

@ObjectType({ implements: Payload, description: payloadDescription('ApproveMaterialSupplierPayload') })
export class ApproveMaterialSupplierPayload extends Payload {
  @Field(() => MaterialSupplier, { nullable: true, description: payloadRecordDescription('material supplier') })
  materialSupplier: MaterialSupplier | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('SetMaterialSupplierStatusPayload') })
export class SetMaterialSupplierStatusPayload extends Payload {
  @Field(() => MaterialSupplier, { nullable: true, description: payloadRecordDescription('material supplier') })
  materialSupplier: MaterialSupplier | null;
}
