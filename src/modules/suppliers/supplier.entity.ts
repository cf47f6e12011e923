import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { QualificationStatus, SupplierStatus } from './supplier.enums';
import { isQualifiedOn } from './supplier.qualification';
import { todayUtc } from '../../core/dates';

/** A supplier, with its qualification state (purchasing controls, ISO 13485 7.4). */
@Entity('supplier')
export class SupplierEntity extends LifecycleColumns {
  static readonly typeName = 'Supplier';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  country: string | null;

  @Column('text', { name: 'contact_name', nullable: true })
  contactName: string | null;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail: string | null;

  @Column('text', { name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @Column('text', { name: 'qualification_status' })
  qualificationStatus: QualificationStatus;

  /** YYYY-MM-DD; kept as a string so no time zone shifts it. */
  @Column('date', { name: 'qualification_expires_on', nullable: true })
  qualificationExpiresOn: string | null;

  @Column('text', { name: 'qualification_reason', nullable: true })
  qualificationReason: string | null;

  @Column('timestamptz', { name: 'qualified_at', nullable: true })
  qualifiedAt: Date | null;

  @Column('text', { name: 'qualified_by', nullable: true })
  qualifiedBy: string | null;

  @Column('text')
  status: SupplierStatus;

  /** Qualified today: APPROVED or CONDITIONAL and not past its expiry date. */
  get qualified(): boolean {
    return isQualifiedOn(this.qualificationStatus, this.qualificationExpiresOn, todayUtc());
  }
}

export const SUPPLIER_AUDITED_FIELDS = ['code', 'name', 'country', 'contactName', 'contactEmail', 'contactPhone', 'status', 'customFields'] as const satisfies readonly (keyof SupplierEntity)[];

export const QUALIFICATION_AUDITED_FIELDS = ['qualificationStatus', 'qualificationExpiresOn', 'qualificationReason', 'qualifiedAt', 'qualifiedBy'] as const satisfies readonly (keyof SupplierEntity)[];
