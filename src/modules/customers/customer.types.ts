import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../core/graphql/payload';
import { JSONScalar } from '../../core/graphql/scalars';
import { CustomerStatus } from './customer.enums';
import type { CustomerEntity } from './customer.entity';
import { CUSTOMER } from './customer.declaration';

/** The Customer type, its connection and list inputs come from its declaration (customer.declaration.ts). */
export const { objectType: Customer, connection: CustomerConnection, filterInput: CustomerFilter, orderInput: CustomerOrder } = CUSTOMER;
export type Customer = CustomerEntity;
export type CustomerFilter = InstanceType<typeof CustomerFilter>;
export type CustomerOrder = InstanceType<typeof CustomerOrder>;

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
