import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { JSONScalar } from '../../core/graphql/scalars';
import { CustomerStatus } from './customer.enums';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A customer: consignee of shipments and recall notices.' })
export class Customer extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique customer code.' })
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

  @Field(() => CustomerStatus)
  status: CustomerStatus;
}

export const CustomerConnection = ConnectionType(Customer, 'Customer');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class CustomerFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [CustomerStatus], { nullable: true })
  status?: CustomerStatus[];

  @Field({ nullable: true })
  country?: string;

  @Field({ nullable: true, description: 'Codes starting with this text.' })
  codePrefix?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of code or name.' })
  search?: string;

  @Field({ nullable: true, description: 'Exact contact e-mail (case-insensitive); refused for callers who may not read it.' })
  contactEmail?: string;
}

export enum CustomerOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CustomerOrderField, { name: 'CustomerOrderField' });

@InputType()
export class CustomerOrder {
  @Field(() => CustomerOrderField)
  field: CustomerOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType()
export class CreateCustomerInput {
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

@InputType({ description: 'Only the fields given are changed; status goes through setCustomerStatus.' })
export class UpdateCustomerInput {
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

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;
}

@InputType()
export class SetCustomerStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => CustomerStatus)
  status: CustomerStatus;

  @Field()
  reason: string;
}

@ObjectType({ implements: Payload })
export class CreateCustomerPayload extends Payload {
  @Field(() => Customer, { nullable: true })
  customer: Customer | null;
}

@ObjectType({ implements: Payload })
export class UpdateCustomerPayload extends Payload {
  @Field(() => Customer, { nullable: true })
  customer: Customer | null;
}

@ObjectType({ implements: Payload })
export class SetCustomerStatusPayload extends Payload {
  @Field(() => Customer, { nullable: true })
  customer: Customer | null;
}
