import { Field, ID, InputType, ObjectType, Int } from 'type-graphql';
import { Node } from '../graphql/node';
import { ConnectionType } from '../graphql/connection';
import { DateTimeScalar, JSONScalar } from '../graphql/scalars';
import { ChangeWindowFilter } from '../graphql/change-window';

@ObjectType({ description: "One field's change; the earlier value is never lost." })
export class AuditFieldChange {
  @Field()
  field: string;

  @Field(() => JSONScalar, { nullable: true })
  old: unknown;

  @Field(() => JSONScalar, { nullable: true })
  new: unknown;
}

@ObjectType({ implements: Node, description: 'An append-only, hash-chained audit entry (21 CFR 11.10(e)).' })
export class AuditEntry implements Node {
  @Field(() => ID)
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

  @Field()
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => [AuditFieldChange])
  changes: AuditFieldChange[];

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field()
  prevHash: string;

  @Field({ description: 'sha256(prevHash || canonicalJson(entry)).' })
  hash: string;
}

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@InputType()
export class AuditTrailFilter extends ChangeWindowFilter {
  @Field({ nullable: true })
  entityType?: string;

  @Field(() => ID, { nullable: true })
  entityId?: string;

  @Field({ nullable: true })
  actorId?: string;

  @Field(() => [String], { nullable: true })
  actions?: string[];

  @Field(() => DateTimeScalar, { nullable: true })
  occurredFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredTo?: Date;

  @Field({ nullable: true })
  requestId?: string;
}

@ObjectType({ description: 'Result of recomputing the audit hash chain.' })
export class AuditVerification {
  @Field({ description: 'True when every entry matched.' })
  valid: boolean;

  @Field(() => Int)
  checkedEntries: number;

  @Field(() => AuditEntry, { nullable: true, description: 'The first entry whose hash does not match.' })
  firstBrokenEntry: AuditEntry | null;

  @Field(() => String, { nullable: true, description: 'HASH_MISMATCH or PREVIOUS_HASH_MISMATCH.' })
  reason: string | null;

  @Field(() => DateTimeScalar)
  verifiedAt: Date;
}

