import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateTimeScalar, DecimalScalar, JSONScalar } from '../../core/graphql/scalars';
import { DeviceClass, MaterialStatus, MaterialType } from './material.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'An item master record: what is bought, made, stocked or sold.' })
export class Material extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix mat_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field({ description: 'Unique material code (part number).' })
  code: string;

  @Field({ description: 'Human-readable name (Chinese or English).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Longer free-text description, if any.' })
  description: string | null;

  @Field(() => MaterialType, { description: 'What kind of item the material is.' })
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

  @Field(() => DeviceClass, { nullable: true, description: 'Medical device risk class; null if not set.' })
  deviceClass: DeviceClass | null;

  @Field(() => String, { nullable: true, description: 'UDI device identifier: GS1 GTIN-14 with a valid check digit.' })
  gtin: string | null;

  @Field({ description: 'Design revision.' })
  revision: string;

  @Field(() => MaterialStatus, { description: 'Lifecycle status; lots are received only for ACTIVE materials.' })
  status: MaterialStatus;

  @Field(() => String, { nullable: true, description: 'Pattern of internal lot numbers: {YY} {YYYY} {MM} {DD} {MAT} and {SEQ:n}, e.g. {YY}{MM}{DD}-{SEQ:4}; null with FORBIDDEN for a SUPPLIER.' })
  lotNumberPattern: string;
}

export const MaterialConnection = ConnectionType(Material, 'Material');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class MaterialFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records with one of these global ids.' })
  ids?: string[];

  @Field(() => [MaterialStatus], { nullable: true, description: 'Only records in one of these statuses.' })
  status?: MaterialStatus[];

  @Field(() => [MaterialType], { nullable: true, description: 'Only materials of one of these types.' })
  type?: MaterialType[];

  @Field(() => [DeviceClass], { nullable: true, description: 'Only materials of one of these device classes.' })
  deviceClass?: DeviceClass[];

  @Field({ nullable: true, description: 'Codes starting with this text.' })
  codePrefix?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of code or name.' })
  search?: string;

  @Field({ nullable: true, description: 'Only the material with this GTIN (GTIN-8/12/13/14; compared as GTIN-14).' })
  gtin?: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    deprecationReason: 'Use updatedAt: { from } (inclusive), which every list filter has.',
    description: 'Only materials changed after this time (exclusive), for incremental pulls.',
  })
  updatedAfter?: Date;
}

export enum MaterialOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(MaterialOrderField, {
  name: 'MaterialOrderField',
  description: 'Fields materials can be sorted by.',
  valuesConfig: { CODE: { description: 'By `code`.' }, CREATED_AT: { description: 'By `createdAt`.' }, NAME: { description: 'By `name`.' }, UPDATED_AT: { description: 'By `updatedAt`.' } },
});

@InputType({ description: 'One sort key for materials; in orderBy, earlier keys take precedence and the id breaks remaining ties.' })
export class MaterialOrder {
  @Field(() => MaterialOrderField, { description: 'The field to sort by.' })
  field: MaterialOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending (default) or descending.' })
  direction: SortDirection;
}

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
