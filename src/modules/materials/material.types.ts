import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { DateTimeScalar, DecimalScalar, JSONScalar } from '../../core/graphql/scalars';
import { DeviceClass, MaterialStatus, MaterialType } from './material.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'An item master record: what is bought, made, stocked or sold.' })
export class Material extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique material code (part number).' })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => MaterialType)
  type: MaterialType;

  @Field({ description: 'Unit of measure, e.g. EA, KG, M.' })
  unit: string;

  @Field({ description: 'Tracked by lot.' })
  lotControlled: boolean;

  @Field({ description: 'Tracked by serial number.' })
  serialControlled: boolean;

  @Field(() => Int, { nullable: true, description: 'Days from manufacture to expiry; null if it does not expire.' })
  shelfLifeDays: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Released stock below this raises LOW_STOCK; null: not watched.' })
  reorderPoint: string | null;

  @Field(() => DeviceClass, { nullable: true })
  deviceClass: DeviceClass | null;

  @Field(() => String, { nullable: true, description: 'UDI device identifier: GS1 GTIN-14 with a valid check digit.' })
  gtin: string | null;

  @Field({ description: 'Design revision.' })
  revision: string;

  @Field(() => MaterialStatus)
  status: MaterialStatus;

  @Field(() => String, { nullable: true, description: 'Pattern of internal lot numbers: {YY} {YYYY} {MM} {DD} {MAT} and {SEQ:n}, e.g. {YY}{MM}{DD}-{SEQ:4}; null with FORBIDDEN for a SUPPLIER.' })
  lotNumberPattern: string;
}

export const MaterialConnection = ConnectionType(Material, 'Material');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class MaterialFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [MaterialStatus], { nullable: true })
  status?: MaterialStatus[];

  @Field(() => [MaterialType], { nullable: true })
  type?: MaterialType[];

  @Field(() => [DeviceClass], { nullable: true })
  deviceClass?: DeviceClass[];

  @Field({ nullable: true, description: 'Codes starting with this text.' })
  codePrefix?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of code or name.' })
  search?: string;

  @Field({ nullable: true })
  gtin?: string;

  @Field(() => DateTimeScalar, { nullable: true, deprecationReason: 'Use updatedAt: { from } (inclusive), which every list filter has.' })
  updatedAfter?: Date;
}

export enum MaterialOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(MaterialOrderField, { name: 'MaterialOrderField' });

@InputType()
export class MaterialOrder {
  @Field(() => MaterialOrderField)
  field: MaterialOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType()
export class CreateMaterialInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => MaterialType)
  type: MaterialType;

  @Field()
  unit: string;

  @Field({ defaultValue: true })
  lotControlled: boolean;

  @Field({ defaultValue: false })
  serialControlled: boolean;

  @Field(() => Int, { nullable: true })
  shelfLifeDays?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Released stock below this raises LOW_STOCK; null: not watched.' })
  reorderPoint?: string | null;

  @Field(() => DeviceClass, { nullable: true })
  deviceClass?: DeviceClass | null;

  @Field(() => String, { nullable: true, description: 'GTIN-8/12/13/14; stored as GTIN-14.' })
  gtin?: string | null;

  @Field({ defaultValue: 'A' })
  revision: string;

  @Field(() => String, { nullable: true, description: 'Default {YY}{MM}{DD}-{SEQ:4}.' })
  lotNumberPattern?: string | null;

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Why the record is created (kept in the audit trail).' })
  reason?: string | null;
}

@InputType({ description: 'Only the fields given are changed. Status changes go through setMaterialStatus.' })
export class UpdateMaterialInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field({ description: 'Why the record changes (required on GMP records).' })
  reason: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => MaterialType, { nullable: true })
  type?: MaterialType;

  @Field({ nullable: true })
  unit?: string;

  @Field({ nullable: true })
  lotControlled?: boolean;

  @Field({ nullable: true })
  serialControlled?: boolean;

  @Field(() => Int, { nullable: true })
  shelfLifeDays?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Released stock below this raises LOW_STOCK; null: not watched.' })
  reorderPoint?: string | null;

  @Field(() => DeviceClass, { nullable: true })
  deviceClass?: DeviceClass | null;

  @Field(() => String, { nullable: true })
  gtin?: string | null;

  @Field({ nullable: true })
  revision?: string;

  @Field(() => String, { nullable: true })
  lotNumberPattern?: string | null;

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;
}

@InputType()
export class SetMaterialStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => MaterialStatus)
  status: MaterialStatus;

  @Field()
  reason: string;
}

@ObjectType({ implements: Payload })
export class CreateMaterialPayload extends Payload {
  @Field(() => Material, { nullable: true })
  material: Material | null;
}

@ObjectType({ implements: Payload })
export class UpdateMaterialPayload extends Payload {
  @Field(() => Material, { nullable: true })
  material: Material | null;
}

@ObjectType({ implements: Payload })
export class SetMaterialStatusPayload extends Payload {
  @Field(() => Material, { nullable: true })
  material: Material | null;
}
