import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { JSONScalar } from '../../core/graphql/scalars';
import { CustomerStatus } from './customer.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

// Contact fields are nullable in the schema: a caller who may not read them gets null plus a
// FORBIDDEN error at the field's path, and the rest of the record is still served.
const PERSONAL = 'Personal data: null with a FORBIDDEN error for callers who may not read it (BI_READER).';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A customer: consignee of shipments and addressee of recall notices.' })
export class Customer extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field({ description: 'Unique customer code.' })
  code: string;

  @Field({ description: 'Legal or trading name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. CN, US, DE.' })
  country: string | null;

  @Field(() => String, { nullable: true, description: `Contact person. ${PERSONAL}` })
  contactName: string | null;

  @Field(() => String, { nullable: true, description: `Contact e-mail address. ${PERSONAL}` })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: `Contact telephone number. ${PERSONAL}` })
  contactPhone: string | null;

  @Field(() => CustomerStatus, { description: 'Lifecycle state; changed only through setCustomerStatus.' })
  status: CustomerStatus;
}

export const CustomerConnection = ConnectionType(Customer, 'Customer');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class CustomerFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these customers.' })
  ids?: string[];

  @Field(() => [CustomerStatus], { nullable: true, description: 'Any of these states.' })
  status?: CustomerStatus[];

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 country code (case-insensitive).' })
  country?: string;

  @Field({ nullable: true, description: 'Codes starting with this text (wildcards match literally).' })
  codePrefix?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of code or name (wildcards match literally).' })
  search?: string;

  @Field({ nullable: true, description: 'Exact contact e-mail, case-insensitive; FORBIDDEN for callers who may not read contactEmail.' })
  contactEmail?: string;
}

export enum CustomerOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CustomerOrderField, {
  name: 'CustomerOrderField',
  description: 'What customers can be sorted by; ties break on id.',
  valuesConfig: { CODE: { description: 'By `code`.' }, CREATED_AT: { description: 'By `createdAt`.' }, NAME: { description: 'By `name`.' }, UPDATED_AT: { description: 'By `updatedAt`.' } },
});

@InputType({ description: 'One sort key of a customer list.' })
export class CustomerOrder {
  @Field(() => CustomerOrderField, { description: 'The field to sort by.' })
  field: CustomerOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending unless given.' })
  direction: SortDirection;
}

@InputType({ description: 'A new customer; it starts ACTIVE.' })
export class CreateCustomerInput {
  @Field({ description: "Unique code: letters, digits, '.', '_', '-' and '/', at most 64 characters." })
  code: string;

  @Field({ description: 'Legal or trading name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code in capitals, e.g. CN.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact person.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact telephone number, at most 40 characters.' })
  contactPhone?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Customer-defined fields (a JSON object, at most 16 KiB).' })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Why the record is created (kept in the audit trail).' })
  reason?: string | null;
}

@InputType({ description: 'Only the fields given are changed; a null clears an optional field. Status goes through setCustomerStatus.' })
export class UpdateCustomerInput {
  @Field(() => ID, { description: 'The customer to change.' })
  id: string;

  @Field(() => Int, { description: 'The version the change is based on; a stale one is VERSION_CONFLICT.' })
  expectedVersion: number;

  @Field({ description: 'Why the record changes (kept in the audit trail).' })
  reason: string;

  @Field({ nullable: true, description: 'New name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'New ISO 3166-1 alpha-2 country code.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact person.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact e-mail address.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact telephone number.' })
  contactPhone?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Replaces the customer-defined fields.' })
  customFields?: Record<string, unknown>;
}

@InputType({ description: 'Deactivates or reactivates a customer.' })
export class SetCustomerStatusInput {
  @Field(() => ID, { description: 'The customer to change.' })
  id: string;

  @Field(() => Int, { description: 'The version the change is based on; a stale one is VERSION_CONFLICT.' })
  expectedVersion: number;

  @Field(() => CustomerStatus, { description: 'The target state.' })
  status: CustomerStatus;

  @Field({ description: 'Why the status changes (required; kept in the audit trail).' })
  reason: string;
}

@ObjectType({ implements: Payload, description: 'Result of createCustomer.' })
export class CreateCustomerPayload extends Payload {
  @Field(() => Customer, { nullable: true, description: 'The new customer; null if userErrors is not empty.' })
  customer: Customer | null;
}

@ObjectType({ implements: Payload, description: 'Result of updateCustomer.' })
export class UpdateCustomerPayload extends Payload {
  @Field(() => Customer, { nullable: true, description: 'The customer as changed; null if userErrors is not empty.' })
  customer: Customer | null;
}

@ObjectType({ implements: Payload, description: 'Result of setCustomerStatus.' })
export class SetCustomerStatusPayload extends Payload {
  @Field(() => Customer, { nullable: true, description: 'The customer in its new state; null if userErrors is not empty.' })
  customer: Customer | null;
}
