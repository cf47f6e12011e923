import { Field, ID, InputType, ObjectType, Int } from 'type-graphql';
import { Node } from '../graphql/node';
import { ConnectionType } from '../graphql/connection';
import { DateTimeScalar, JSONScalar } from '../graphql/scalars';
import { ChangeWindowFilter } from '../graphql/change-window';

@ObjectType({ description: "One field's change; the earlier value is never lost." })
export class AuditFieldChange {
  @Field({ description: 'Name of the changed field.' })
  field: string;

  @Field(() => JSONScalar, { nullable: true, description: 'Value before the change (JSON); null when the record was created or the field was empty.' })
  old: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'Value after the change (JSON); null when the field was cleared or the record deleted.' })
  new: unknown;
}

@ObjectType({ implements: Node, description: 'An append-only, hash-chained audit entry (21 CFR 11.10(e)).' })
export class AuditEntry implements Node {
  @Field(() => ID, { description: 'Opaque id (prefix aud_) of the entry; entries are never changed or deleted.' })
  id: string;

  @Field(() => String, { description: 'Position in the chain.' })
  seq: string;

  @Field(() => DateTimeScalar, { description: 'Server UTC time.' })
  occurredAt: Date;

  @Field({ description: 'Token subject of the actor, or `system`.' })
  actorId: string;

  @Field({ description: 'Printed name of the actor at the time.' })
  actorName: string;

  @Field({ description: 'CREATE, UPDATE, STATUS_CHANGE, QUALIFY, ...' })
  action: string;

  @Field({ description: 'GraphQL type name of the record changed, e.g. Lot.' })
  entityType: string;

  @Field(() => ID, { description: 'Global id of the record changed.' })
  entityId: string;

  @Field(() => [AuditFieldChange], { description: 'The fields changed, each with its old and new value.' })
  changes: AuditFieldChange[];

  @Field(() => String, { nullable: true, description: 'Why the change was made, as given by the user; required on GMP records.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: "Id of the HTTP request or WebSocket operation that made the change, to group an operation's entries." })
  requestId: string | null;

  @Field({ description: 'Hash of the previous entry in the chain (all zeros for the first).' })
  prevHash: string;

  @Field({ description: 'sha256(prevHash || canonicalJson(entry)).' })
  hash: string;
}

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@InputType({ description: 'Criteria for listing audit entries: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter.' })
export class AuditTrailFilter extends ChangeWindowFilter {
  @Field({ nullable: true, description: 'Only entries about records of this GraphQL type name, e.g. Lot.' })
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'Only entries about this record (global id).' })
  entityId?: string;

  @Field({ nullable: true, description: 'Only entries made by this user (the token subject).' })
  actorId?: string;

  @Field(() => [String], { nullable: true, description: 'Only entries with one of these actions, e.g. CREATE, UPDATE, STATUS_CHANGE.' })
  actions?: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only entries made at or after this time.' })
  occurredFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only entries made before this time (exclusive).' })
  occurredTo?: Date;

  @Field({ nullable: true, description: 'Only entries written by this request or operation.' })
  requestId?: string;
}

@ObjectType({ description: 'Result of recomputing the audit hash chain.' })
export class AuditVerification {
  @Field({ description: 'True when every entry matched.' })
  valid: boolean;

  @Field(() => Int, { description: 'Number of entries whose hash was recomputed.' })
  checkedEntries: number;

  @Field(() => AuditEntry, { nullable: true, description: 'The first entry whose hash does not match.' })
  firstBrokenEntry: AuditEntry | null;

  @Field(() => String, { nullable: true, description: 'HASH_MISMATCH or PREVIOUS_HASH_MISMATCH.' })
  reason: string | null;

  @Field(() => DateTimeScalar, { description: 'Server UTC time the verification ran.' })
  verifiedAt: Date;
}
