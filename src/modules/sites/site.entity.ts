import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { SiteStatus } from './site.enums';

/** A plant or warehouse. */
@Entity('site')
export class SiteEntity extends LifecycleColumns {
  static readonly typeName = 'Site';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  country: string | null;

  /** IANA time zone, for local dates on the shop floor. */
  @Column('text')
  timezone: string;

  @Column('text')
  status: SiteStatus;
}

/** Fields recorded in the audit trail when they change. */
export const SITE_AUDITED_FIELDS = ['code', 'name', 'country', 'timezone', 'status', 'customFields'] as const satisfies readonly (keyof SiteEntity)[];
