import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar, DateTimeScalar, JSONScalar } from '../../core/graphql/scalars';
import { QualificationStatus, SupplierStatus } from './supplier.enums';
import { EVENT_ID } from '../../core/graphql/subscription-args';
import type { SupplierEntity } from './supplier.entity';
import { SUPPLIER } from './supplier.declaration';

/** The Supplier type, its connection and list inputs come from its declaration (supplier.declaration.ts). */
export const { objectType: Supplier, connection: SupplierConnection, filterInput: SupplierFilter, orderInput: SupplierOrder } = SUPPLIER;
export type Supplier = SupplierEntity;
export type SupplierFilter = InstanceType<typeof SupplierFilter>;
export type SupplierOrder = InstanceType<typeof SupplierOrder>;

@InputType({ description: 'A new supplier, PROSPECTIVE until qualified with setSupplierQualification.' })
export class CreateSupplierInput {
  @Field({ description: 'Unique supplier code.' })
  code: string;

  @Field({ description: 'Legal or trading name of the supplier.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Country, as ISO 3166-1 alpha-2 code (e.g. CN).' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Name of the supplier's contact person." })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: "Email of the supplier's contact person." })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: "Phone of the supplier's contact person." })
  contactPhone?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record.' })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Why the supplier is created; kept in the audit trail.' })
  reason?: string | null;
}

@InputType({ description: 'Master data only; qualification changes go through setSupplierQualification.' })
export class UpdateSupplierInput {
  @Field(() => ID, { description: 'The supplier to change.' })
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field({ description: 'Why; kept in the audit trail.' })
  reason: string;

  @Field({ nullable: true, description: 'New name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'New country (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact person.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact email.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact phone.' })
  contactPhone?: string | null;

  @Field(() => SupplierStatus, { nullable: true, description: 'ACTIVE or INACTIVE.' })
  status?: SupplierStatus;

  @Field(() => JSONScalar, { nullable: true, description: 'Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record.' })
  customFields?: Record<string, unknown>;
}

@InputType({ description: 'Records a supplier qualification decision.' })
export class SetSupplierQualificationInput {
  @Field(() => ID, { description: 'The supplier.' })
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field(() => QualificationStatus, { description: 'The new qualification status.' })
  status: QualificationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Required for APPROVED and CONDITIONAL; must be after today.' })
  expiresOn?: string | null;

  @Field({ description: 'Why: audit finding, certificate, evaluation record...' })
  reason: string;
}

@ObjectType({ implements: Payload, description: payloadDescription('CreateSupplierPayload') })
export class CreateSupplierPayload extends Payload {
  @Field(() => Supplier, { nullable: true, description: payloadRecordDescription('supplier') })
  supplier: Supplier | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('UpdateSupplierPayload') })
export class UpdateSupplierPayload extends Payload {
  @Field(() => Supplier, { nullable: true, description: payloadRecordDescription('supplier') })
  supplier: Supplier | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('SetSupplierQualificationPayload') })
export class SetSupplierQualificationPayload extends Payload {
  @Field(() => Supplier, { nullable: true, description: payloadRecordDescription('supplier') })
  supplier: Supplier | null;
}

@ObjectType({ description: "A committed change of a supplier's qualification." })
export class SupplierQualificationChangedEvent {
  @Field(() => ID, { description: EVENT_ID })
  eventId: string;

  @Field(() => QualificationStatus, { description: 'Qualification before the change.' })
  previousStatus: QualificationStatus;

  @Field(() => QualificationStatus, { description: 'The new qualification.' })
  status: QualificationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Date the new qualification expires, if it does.' })
  expiresOn: string | null;

  @Field({ description: 'Reason given for the decision.' })
  reason: string;

  @Field(() => DateTimeScalar, { description: 'Server UTC time the change was recorded.' })
  occurredAt: Date;

  @Field(() => Supplier, { description: 'The supplier as it is after the change.' })
  supplier: Supplier;
}

@InputType({
  description:
    'Narrows the `supplierQualificationChanged` subscription: all given criteria must hold (AND); a list matches any of its values. Events on records the subscriber may not read are never sent.',
})
export class SupplierQualificationChangedFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these suppliers (global ids).' })
  supplierIds?: string[];
}
