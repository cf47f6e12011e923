import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { DateScalar, DateTimeScalar, JSONScalar } from '../../core/graphql/scalars';
import { QualificationStatus, SupplierStatus } from './supplier.enums';
import { EVENT_ID } from '../../core/graphql/subscription-args';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A supplier and its qualification (ISO 13485 7.4).' })
export class Supplier extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique supplier code.' })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: masked for BI_READER.' })
  contactName: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: masked for BI_READER.' })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: masked for BI_READER.' })
  contactPhone: string | null;

  @Field(() => QualificationStatus)
  qualificationStatus: QualificationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Qualification is void after this date.' })
  qualificationExpiresOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why QA set the current qualification.' })
  qualificationReason: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  qualifiedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of who set the current qualification.' })
  qualifiedBy: string | null;

  @Field({ description: 'APPROVED or CONDITIONAL and not expired today: purchases and receipts are allowed.' })
  qualified: boolean;

  @Field(() => SupplierStatus)
  status: SupplierStatus;
}

export const SupplierConnection = ConnectionType(Supplier, 'Supplier');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class SupplierFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [QualificationStatus], { nullable: true })
  qualificationStatus?: QualificationStatus[];

  @Field(() => DateScalar, { nullable: true, description: 'Qualification expiring on or before this date.' })
  qualificationExpiresBy?: string;

  @Field(() => [SupplierStatus], { nullable: true })
  status?: SupplierStatus[];

  @Field({ nullable: true })
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
registerEnumType(SupplierOrderField, { name: 'SupplierOrderField' });

@InputType()
export class SupplierOrder {
  @Field(() => SupplierOrderField)
  field: SupplierOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType()
export class CreateSupplierInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'Master data only; qualification changes go through setSupplierQualification.' })
export class UpdateSupplierInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field()
  reason: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => SupplierStatus, { nullable: true })
  status?: SupplierStatus;

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;
}

@InputType()
export class SetSupplierQualificationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => QualificationStatus)
  status: QualificationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Required for APPROVED and CONDITIONAL; must be after today.' })
  expiresOn?: string | null;

  @Field({ description: 'Why: audit finding, certificate, evaluation record...' })
  reason: string;
}

@ObjectType({ implements: Payload })
export class CreateSupplierPayload extends Payload {
  @Field(() => Supplier, { nullable: true })
  supplier: Supplier | null;
}

@ObjectType({ implements: Payload })
export class UpdateSupplierPayload extends Payload {
  @Field(() => Supplier, { nullable: true })
  supplier: Supplier | null;
}

@ObjectType({ implements: Payload })
export class SetSupplierQualificationPayload extends Payload {
  @Field(() => Supplier, { nullable: true })
  supplier: Supplier | null;
}

@ObjectType({ description: "A committed change of a supplier's qualification." })
export class SupplierQualificationChangedEvent {
  @Field(() => ID, { description: EVENT_ID })
  eventId: string;

  @Field(() => QualificationStatus)
  previousStatus: QualificationStatus;

  @Field(() => QualificationStatus)
  status: QualificationStatus;

  @Field(() => DateScalar, { nullable: true })
  expiresOn: string | null;

  @Field()
  reason: string;

  @Field(() => DateTimeScalar)
  occurredAt: Date;

  @Field(() => Supplier)
  supplier: Supplier;
}

@InputType()
export class SupplierQualificationChangedFilter {
  @Field(() => [ID], { nullable: true })
  supplierIds?: string[];
}
