import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import { todayUtc } from '../../core/dates';
import { EquipmentStatus, type EquipmentType } from './equipment.enums';
import { effectiveEquipmentStatus } from './effective-status';

/** An instrument or production asset (ISO 13485 7.6). */
@Entity('equipment')
export class EquipmentEntity extends LifecycleColumns {
  static readonly typeName = 'Equipment';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'asset_tag', unique: true })
  assetTag: string;

  @Column('text')
  name: string;

  @Column('text')
  type: EquipmentType;

  @Column('text', { name: 'site_id' })
  siteId: string;

  @Column('text', { name: 'location_id', nullable: true })
  locationId: string | null;

  @Column('text')
  status: EquipmentStatus;

  /** Null: no calibration needed. */
  @Column('integer', { name: 'calibration_interval_days', nullable: true })
  calibrationIntervalDays: number | null;

  /** The date of the last PASS: a failed calibration looks back to it. */
  @Column('date', { name: 'last_calibrated_on', nullable: true })
  lastCalibratedOn: string | null;

  /** Null until the first PASS, and again after a FAIL until the next PASS. */
  @Column('date', { name: 'calibration_due_on', nullable: true })
  calibrationDueOn: string | null;

  /** The status as the API shows it: in service past its due date reads OUT_OF_CALIBRATION. */
  get effectiveStatus(): EquipmentStatus {
    return effectiveEquipmentStatus(this, todayUtc());
  }

  /** Usable for measurement today: in service and, if calibrated, not past its due date. */
  get inCalibration(): boolean {
    return this.effectiveStatus === EquipmentStatus.IN_SERVICE;
  }
}

export const EQUIPMENT_AUDITED_FIELDS = [
  'assetTag',
  'name',
  'type',
  'siteId',
  'locationId',
  'status',
  'calibrationIntervalDays',
  'lastCalibratedOn',
  'calibrationDueOn',
  'customFields',
] as const satisfies readonly (keyof EquipmentEntity)[];
