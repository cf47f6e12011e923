import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { LocationStatus, LocationType } from './site.enums';

/** A storage or work location within a site; its code is unique within the site. */
@Entity('location')
export class LocationEntity extends LifecycleColumns {
  static readonly typeName = 'Location';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'site_id' })
  siteId: string;

  @Column('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  type: LocationType;

  @Column('text')
  status: LocationStatus;
}

/** Fields recorded in the audit trail when they change. */
export const LOCATION_AUDITED_FIELDS = ['siteId', 'code', 'name', 'type', 'status', 'customFields'] as const satisfies readonly (keyof LocationEntity)[];
