import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CallersOwnRecord } from '../../core/authz/entity-guard';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload, payloadDescription } from '../../core/graphql/payload';
import { DateTimeScalar, JSONScalar } from '../../core/graphql/scalars';
import type { Role as RoleName } from '../../core/authz/role';
import { UserStatus } from './user.enums';
import { Role } from './role.enum';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A person or service account known to Lotgraph. Deactivated, never deleted.' })
export class User extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix usr).' })
  id: string;

  @Field({ description: 'Identity-provider subject; matches the JWT `sub`.' })
  subject: string;

  @Field({ description: 'Printed name used in audit entries and e-signatures.' })
  printedName: string;

  @Field(() => String, { nullable: true, description: 'Personal data: masked for BI_READER.' })
  email: string | null;

  @Field(() => [Role], { description: "Roles recorded for the user; the token's `roles` claim is what authorizes a request." })
  roles: RoleName[];

  @Field(() => ID, { nullable: true, description: 'For SUPPLIER accounts: their supplier.' })
  supplierId: string | null;

  @Field(() => [ID], { description: 'Sites the user works at; empty means no site restriction.' })
  siteIds: string[];

  @Field(() => UserStatus, { description: 'ACTIVE, or DEACTIVATED for good.' })
  status: UserStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the user was deactivated (server UTC time).' })
  deactivatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the user was deactivated.' })
  deactivationReason: string | null;

  @Field({ description: 'Whether an e-signature password is set.' })
  hasSigningPassword: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the current e-signature password was set; null without one.' })
  signingPasswordSetAt: Date | null;

  @Field({ description: 'E-signing locked after repeated failed attempts; an ADMIN resets it.' })
  signingLocked: boolean;
}

export const UserConnection = ConnectionType(User, 'User');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class UserFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Users with these ids.' })
  ids?: string[];

  @Field(() => [UserStatus], { nullable: true, description: 'Users in any of these states.' })
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
registerEnumType(UserOrderField, {
  name: 'UserOrderField',
  description: 'Ordering by a field the caller may not read (EMAIL for BI_READER) is refused.',
  valuesConfig: {
    CREATED_AT: { description: 'By `createdAt`.' },
    EMAIL: { description: 'By `email`.' },
    PRINTED_NAME: { description: 'By `printedName`.' },
    SUBJECT: { description: 'By `subject`.' },
  },
});

@InputType({ description: 'One sort key of the users list.' })
export class UserOrder {
  @Field(() => UserOrderField, { description: 'The field to sort by; ties are broken by id.' })
  field: UserOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending unless told otherwise.' })
  direction: SortDirection;
}

@InputType({ description: 'A user to provision (ADMIN).' })
export class CreateUserInput {
  @Field({ description: 'Identity-provider subject (the JWT `sub`); unique.' })
  subject: string;

  @Field({ description: 'Printed name used in audit entries and e-signatures.' })
  printedName: string;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => [Role], { description: 'At least one role.' })
  roles: RoleName[];

  @Field(() => ID, { nullable: true, description: 'Required with the SUPPLIER role, refused without it.' })
  supplierId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Sites the user works at; empty or omitted means no site restriction.' })
  siteIds?: string[];

  @Field(() => JSONScalar, { nullable: true, description: 'Customer-defined fields.' })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Why the user is provisioned (kept in the audit trail).' })
  reason?: string | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user to change.' })
  id: string;

  @Field(() => Int, { description: 'The version the change is based on; a stale one is VERSION_CONFLICT.' })
  expectedVersion: number;

  @Field({ description: 'Why the user changes (kept in the audit trail).' })
  reason: string;

  @Field({ nullable: true, description: 'New printed name.' })
  printedName?: string;

  @Field(() => String, { nullable: true, description: 'New e-mail address; null clears it.' })
  email?: string | null;

  @Field(() => [Role], { nullable: true, description: 'Replaces the roles; at least one.' })
  roles?: RoleName[];

  @Field(() => ID, { nullable: true, description: 'New supplier (SUPPLIER accounts only); null clears it.' })
  supplierId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the sites.' })
  siteIds?: string[];

  @Field(() => JSONScalar, { nullable: true, description: 'Replaces the customer-defined fields.' })
  customFields?: Record<string, unknown>;
}

@InputType({ description: 'Deactivates a user for good (ADMIN).' })
export class DeactivateUserInput {
  @Field(() => ID, { description: 'The user to deactivate.' })
  id: string;

  @Field(() => Int, { description: 'The version the change is based on; a stale one is VERSION_CONFLICT.' })
  expectedVersion: number;

  @Field({ description: 'Why the user is deactivated (required; kept on the user and in the audit trail).' })
  reason: string;
}

@InputType({ description: "Sets the caller's own e-signature password." })
export class SetSigningPasswordInput {
  @Field({ description: 'At least 12 characters mixing three of: lower case, upper case, digits, symbols; none of the last SIGNING_PASSWORD_HISTORY passwords.' })
  newPassword: string;

  @Field(() => String, { nullable: true, description: 'Required when a signing password is already set, even an expired one; a wrong one counts as a failed signing attempt.' })
  currentPassword?: string | null;
}

@InputType({ description: "Clears a user's signing password, failed attempts and lock (ADMIN)." })
export class ResetSigningPasswordInput {
  @Field(() => ID, { description: 'The user whose signing password is cleared.' })
  id: string;

  @Field({ description: 'Why (required; kept in the audit trail), e.g. identity re-verified.' })
  reason: string;
}

@ObjectType({ implements: Payload, description: payloadDescription('CreateUserPayload') })
export class CreateUserPayload extends Payload {
  @Field(() => User, { nullable: true, description: 'The new user; null if refused.' })
  user: User | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('UpdateUserPayload') })
export class UpdateUserPayload extends Payload {
  @Field(() => User, { nullable: true, description: 'The changed user; null if refused.' })
  user: User | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('DeactivateUserPayload') })
export class DeactivateUserPayload extends Payload {
  @Field(() => User, { nullable: true, description: 'The deactivated user; null if refused.' })
  user: User | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('SetSigningPasswordPayload') })
export class SetSigningPasswordPayload extends Payload {
  @CallersOwnRecord()
  @Field(() => User, { nullable: true, description: "The caller's user record; null if refused." })
  user: User | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('ResetSigningPasswordPayload') })
export class ResetSigningPasswordPayload extends Payload {
  @Field(() => User, { nullable: true, description: 'The user with the password cleared; null if refused.' })
  user: User | null;
}
