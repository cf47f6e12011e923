import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { DeviceClass, MaterialStatus, MaterialType } from './material.enums';

/** An item master record: what is bought, made, stocked or sold. */
@Entity('material')
export class MaterialEntity extends LifecycleColumns {
  static readonly typeName = 'Material';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text')
  type: MaterialType;

  @Column('text')
  unit: string;

  @Column('boolean', { name: 'lot_controlled' })
  lotControlled: boolean;

  @Column('boolean', { name: 'serial_controlled' })
  serialControlled: boolean;

  @Column('integer', { name: 'shelf_life_days', nullable: true })
  shelfLifeDays: number | null;

  /** Decimal string: released stock below it raises LOW_STOCK. */
  @Column('numeric', { name: 'reorder_point', precision: 20, scale: 6, nullable: true })
  reorderPoint: string | null;

  @Column('text', { name: 'device_class', nullable: true })
  deviceClass: DeviceClass | null;

  @Column('char', { length: 14, nullable: true })
  gtin: string | null;

  @Column('text')
  revision: string;

  @Column('text')
  status: MaterialStatus;

  /** How internal lot numbers of this material are formed (see lot-number-pattern.ts). */
  @Column('text', { name: 'lot_number_pattern' })
  lotNumberPattern: string;
}

/** Fields recorded in the audit trail when they change. */
export const MATERIAL_AUDITED_FIELDS = [
  'code',
  'name',
  'description',
  'type',
  'unit',
  'lotControlled',
  'serialControlled',
  'shelfLifeDays',
  'reorderPoint',
  'deviceClass',
  'gtin',
  'revision',
  'status',
  'lotNumberPattern',
  'customFields',
] as const satisfies readonly (keyof MaterialEntity)[];
