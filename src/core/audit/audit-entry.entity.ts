import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One field's change: the earlier value is never lost. */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** Append-only, hash-chained audit entry (21 CFR 11.10(e)). A trigger refuses UPDATE/DELETE. */
@Entity('audit_entry')
export class AuditEntryEntity {
  static readonly typeName = 'AuditEntry';

  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq: string;

  @Column('text', { unique: true })
  id: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  @Column('text', { name: 'actor_id' })
  actorId: string;

  @Column('text', { name: 'actor_name' })
  actorName: string;

  @Column('text')
  action: string;

  @Column('text', { name: 'entity_type' })
  entityType: string;

  @Column('text', { name: 'entity_id' })
  entityId: string;

  @Column('jsonb')
  changes: FieldChange[];

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;

  @Column('text', { name: 'prev_hash' })
  prevHash: string;

  @Column('text')
  hash: string;
}
