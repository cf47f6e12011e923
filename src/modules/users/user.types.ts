import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { DateTimeScalar, JSONScalar } from '../../core/graphql/scalars';
import type { Role as RoleName } from '../../core/authz/role';
import { Role, UserStatus } from './user.enums';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A person or service account known to Lotgraph. Deactivated, never deleted.' })
export class User extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Identity-provider subject; matches the JWT `sub`.' })
  subject: string;

  @Field({ description: 'Printed name used in audit entries and e-signatures.' })
  printedName: string;

  @Field(() => String, { nullable: true, description: 'Personal data: masked for BI_READER.' })
  email: string | null;

  @Field(() => [Role])
  roles: RoleName[];

  @Field(() => ID, { nullable: true, description: 'For SUPPLIER accounts: their supplier.' })
  supplierId: string | null;

  @Field(() => [ID], { description: 'Sites the user works at; empty means no site restriction.' })
  siteIds: string[];

  @Field(() => UserStatus)
  status: UserStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  deactivatedAt: Date | null;

  @Field(() => String, { nullable: true })
  deactivationReason: string | null;

  @Field({ description: 'Whether an e-signature password is set.' })
  hasSigningPassword: boolean;

  @Field({ description: 'E-signing locked after repeated failed attempts; an ADMIN resets it.' })
  signingLocked: boolean;
}

export const UserConnection = ConnectionType(User, 'User');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class UserFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [UserStatus], { nullable: true })
  status?: UserStatus[];

  @Field(() => [Role], { nullable: true, description: 'Users holding any of these roles.' })
  roles?: RoleName[];

  @Field({ nullable: true, description: 'Case-insensitive substring of printed name or subject.' })
  search?: string;

  @Field({ nullable: true, description: 'Exact e-mail (case-insensitive); refused for callers who may not read it.' })
  email?: string;
}

export enum UserOrderField {
  PRINTED_NAME = 'PRINTED_NAME',
  SUBJECT = 'SUBJECT',
  EMAIL = 'EMAIL',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UserOrderField, { name: 'UserOrderField', description: 'Ordering by a field the caller may not read (EMAIL for BI_READER) is refused.' });

@InputType()
export class UserOrder {
  @Field(() => UserOrderField)
  field: UserOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType()
export class CreateUserInput {
  @Field()
  subject: string;

  @Field()
  printedName: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [Role])
  roles: RoleName[];

  @Field(() => ID, { nullable: true, description: 'Required with the SUPPLIER role, refused without it.' })
  supplierId?: string | null;

  @Field(() => [ID], { nullable: true })
  siteIds?: string[];

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field()
  reason: string;

  @Field({ nullable: true })
  printedName?: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: RoleName[];

  @Field(() => ID, { nullable: true })
  supplierId?: string | null;

  @Field(() => [ID], { nullable: true })
  siteIds?: string[];

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;
}

@InputType()
export class DeactivateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field()
  reason: string;
}

@InputType({ description: "Sets the caller's own e-signature password." })
export class SetSigningPasswordInput {
  @Field()
  newPassword: string;

  @Field(() => String, { nullable: true, description: 'Required when a signing password is already set.' })
  currentPassword?: string | null;
}

@InputType()
export class ResetSigningPasswordInput {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;
}

@ObjectType({ implements: Payload })
export class CreateUserPayload extends Payload {
  @Field(() => User, { nullable: true })
  user: User | null;
}

@ObjectType({ implements: Payload })
export class UpdateUserPayload extends Payload {
  @Field(() => User, { nullable: true })
  user: User | null;
}

@ObjectType({ implements: Payload })
export class DeactivateUserPayload extends Payload {
  @Field(() => User, { nullable: true })
  user: User | null;
}

@ObjectType({ implements: Payload })
export class SetSigningPasswordPayload extends Payload {
  @Field(() => User, { nullable: true })
  user: User | null;
}

@ObjectType({ implements: Payload })
export class ResetSigningPasswordPayload extends Payload {
  @Field(() => User, { nullable: true })
  user: User | null;
}
