import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DecimalScalar, JSONScalar } from '../../core/graphql/scalars';
import { DeviceClass, MaterialStatus, MaterialType } from './material.enums';
import type { MaterialEntity } from './material.entity';
import { MATERIAL } from './material.declaration';

/** The Material type, its connection and list inputs come from its declaration (material.declaration.ts). */
export const { objectType: Material, connection: MaterialConnection, filterInput: MaterialFilter, orderInput: MaterialOrder } = MATERIAL;
export type Material = MaterialEntity;
export type MaterialFilter = InstanceType<typeof MaterialFilter>;
export type MaterialOrder = InstanceType<typeof MaterialOrder>;

@InputType({ description: 'A new material (item master record) in DRAFT.' })
export class CreateMaterialInput {
  @Field({ description: 'Unique item code, e.g. CVC-7F-20; used in lotByNumber and on labels.' })
  code: string;

  @Field({ description: 'Human-readable name (Chinese or English).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Longer free-text description.' })
  description?: string | null;

  @Field(() => MaterialType, { description: 'What kind of item the material is.' })
  type: MaterialType;

  @Field({ description: 'Unit of measure of every quantity of this material, e.g. EA, KG, M.' })
  unit: string;

  @Field({ defaultValue: true, description: 'Tracked by lot: receipts and production create lots.' })
  lotControlled: boolean;

  @Field({ defaultValue: false, description: 'Tracked by serial number: each lot carries a serial.' })
  serialControlled: boolean;

  @Field(() => Int, { nullable: true, description: 'Days from manufacture to expiry; omit if the material does not expire.' })
  shelfLifeDays?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Released stock below this raises LOW_STOCK; null: not watched.' })
  reorderPoint?: string | null;

  @Field(() => DeviceClass, { nullable: true, description: 'Medical device risk class, for finished devices and device components.' })
  deviceClass?: DeviceClass | null;

  @Field(() => String, { nullable: true, description: 'GTIN-8/12/13/14; stored as GTIN-14.' })
  gtin?: string | null;

  @Field({ defaultValue: 'A', description: "Revision of the item's specification (default A)." })
  revision: string;

  @Field(() => String, { nullable: true, description: 'Default {YY}{MM}{DD}-{SEQ:4}.' })
  lotNumberPattern?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record.' })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Why the record is created (kept in the audit trail).' })
  reason?: string | null;
}

@InputType({ description: 'Only the fields given are changed. Status changes go through setMaterialStatus.' })
export class UpdateMaterialInput {
  @Field(() => ID, { description: 'The material to change.' })
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field({ description: 'Why the record changes (required on GMP records).' })
  reason: string;

  @Field({ nullable: true, description: 'New name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => MaterialType, { nullable: true, description: 'New material type.' })
  type?: MaterialType;

  @Field({ nullable: true, description: 'New unit of measure.' })
  unit?: string;

  @Field({ nullable: true, description: 'Whether it is tracked by lot.' })
  lotControlled?: boolean;

  @Field({ nullable: true, description: 'Whether it is tracked by serial number.' })
  serialControlled?: boolean;

  @Field(() => Int, { nullable: true, description: 'New shelf life in days from manufacture.' })
  shelfLifeDays?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Released stock below this raises LOW_STOCK; null: not watched.' })
  reorderPoint?: string | null;

  @Field(() => DeviceClass, { nullable: true, description: 'New device risk class.' })
  deviceClass?: DeviceClass | null;

  @Field(() => String, { nullable: true, description: 'New GTIN (GTIN-8/12/13/14, check digit verified; stored as GTIN-14).' })
  gtin?: string | null;

  @Field({ nullable: true, description: 'New specification revision.' })
  revision?: string;

  @Field(() => String, { nullable: true, description: 'New pattern for generated lot numbers, e.g. {YY}{MM}{DD}-{SEQ:4}.' })
  lotNumberPattern?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record.' })
  customFields?: Record<string, unknown>;
}

@InputType({ description: 'Moves a material along DRAFT → ACTIVE → OBSOLETE.' })
export class SetMaterialStatusInput {
  @Field(() => ID, { description: 'The material.' })
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field(() => MaterialStatus, { description: 'The new status.' })
  status: MaterialStatus;

  @Field({ description: 'Why; kept in the audit trail.' })
  reason: string;
}

@ObjectType({ implements: Payload, description: payloadDescription('CreateMaterialPayload') })
export class CreateMaterialPayload extends Payload {
  @Field(() => Material, { nullable: true, description: payloadRecordDescription('material') })
  material: Material | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('UpdateMaterialPayload') })
export class UpdateMaterialPayload extends Payload {
  @Field(() => Material, { nullable: true, description: payloadRecordDescription('material') })
  material: Material | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('SetMaterialStatusPayload') })
export class SetMaterialStatusPayload extends Payload {
  @Field(() => Material, { nullable: true, description: payloadRecordDescription('material') })
  material: Material | null;
}
