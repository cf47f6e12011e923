import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar, DateTimeScalar, JSONScalar } from '../../core/graphql/scalars';
import { QualificationStatus, SupplierStatus } from './supplier.enums';
import { EVENT_ID } from '../../core/graphql/subscription-args';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A supplier and its qualification (ISO 13485 7.4).' })
export class Supplier extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix sup_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field({ description: 'Unique supplier code.' })
  code: string;

  @Field({ description: 'Legal or trading name of the supplier.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: masked for BI_READER.' })
  contactName: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: masked for BI_READER.' })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: masked for BI_READER.' })
  contactPhone: string | null;

  @Field(() => QualificationStatus, { description: 'Its qualification (ISO 13485 7.4); only APPROVED or CONDITIONAL suppliers may supply.' })
  qualificationStatus: QualificationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Qualification is void after this date.' })
  qualificationExpiresOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why QA set the current qualification.' })
  qualificationReason: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time of the last qualification decision; null if none was made yet.' })
  qualifiedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of who set the current qualification.' })
  qualifiedBy: string | null;

  @Field({ description: 'APPROVED or CONDITIONAL and not expired today: purchases and receipts are allowed.' })
  qualified: boolean;

  @Field(() => SupplierStatus, { description: 'Whether the supplier is in use.' })
  status: SupplierStatus;
}

export const SupplierConnection = ConnectionType(Supplier, 'Supplier');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class SupplierFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records with one of these global ids.' })
  ids?: string[];

  @Field(() => [QualificationStatus], { nullable: true, description: 'Only suppliers in one of these qualification states.' })
  qualificationStatus?: QualificationStatus[];

  @Field(() => DateScalar, { nullable: true, description: 'Qualification expiring on or before this date.' })
  qualificationExpiresBy?: string;

  @Field(() => [SupplierStatus], { nullable: true, description: 'Only records in one of these statuses.' })
  status?: SupplierStatus[];

  @Field({ nullable: true, description: 'Only suppliers in this country (ISO 3166-1 alpha-2).' })
  country?: string;

  @Field({ nullable: true, description: 'Codes starting with this text.' })
  codePrefix?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of code or name.' })
  search?: string;

  @Field({ nullable: true, description: 'Exact contact e-mail (case-insensitive); refused for callers who may not read it.' })
  contactEmail?: string;
}

export enum SupplierOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  QUALIFICATION_EXPIRES_ON = 'QUALIFICATION_EXPIRES_ON',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(SupplierOrderField, {
  name: 'SupplierOrderField',
  description: 'Fields suppliers can be sorted by.',
  valuesConfig: {
    CODE: { description: 'By `code`.' },
    CREATED_AT: { description: 'By `createdAt`.' },
    NAME: { description: 'By `name`.' },
    QUALIFICATION_EXPIRES_ON: { description: 'By `qualificationExpiresOn`.' },
    UPDATED_AT: { description: 'By `updatedAt`.' },
  },
});

@InputType({ description: 'One sort key for suppliers; in orderBy, earlier keys take precedence and the id breaks remaining ties.' })
export class SupplierOrder {
  @Field(() => SupplierOrderField, { description: 'The field to sort by.' })
  field: SupplierOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending (default) or descending.' })
  direction: SortDirection;
}

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
