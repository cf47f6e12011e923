import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { CustomerStatus } from './customer.enums';

/** A customer (consignee of shipments; the end of a recall's reach). */
@Entity('customer')
export class CustomerEntity extends LifecycleColumns {
  static readonly typeName = 'Customer';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  name: string;

  /** ISO 3166-1 alpha-2. */
  @Column('text', { nullable: true })
  country: string | null;

  @Column('text', { name: 'contact_name', nullable: true })
  contactName: string | null;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail: string | null;

  @Column('text', { name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @Column('text')
  status: CustomerStatus;
}

/** Fields recorded in the audit trail when they change. */
export const CUSTOMER_AUDITED_FIELDS = ['code', 'name', 'country', 'contactName', 'contactEmail', 'contactPhone', 'status', 'customFields'] as const satisfies readonly (keyof CustomerEntity)[];
