import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SignatureMeaning } from './signature-meaning';

/** A signature manifestation, append-only (a trigger refuses UPDATE and DELETE). */
@Entity('electronic_signature')
export class ElectronicSignatureEntity {
  static readonly typeName = 'ElectronicSignature';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'record_type' })
  recordType: string;

  @Column('text', { name: 'record_id' })
  recordId: string;

  @Column('integer', { name: 'record_version' })
  recordVersion: number;

  /** The record's canonical content as signed. */
  @Column('jsonb')
  content: Record<string, unknown>;

  @Column('text', { name: 'content_hash' })
  contentHash: string;

  @Column('text')
  meaning: SignatureMeaning;

  @Column('text')
  reason: string;

  @Column('text', { name: 'signer_id' })
  signerId: string;

  @Column('text', { name: 'signer_subject' })
  signerSubject: string;

  @Column('text', { name: 'printed_name' })
  printedName: string;

  @Column('timestamptz', { name: 'signed_at' })
  signedAt: Date;

  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;
}
