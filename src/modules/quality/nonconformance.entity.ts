import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { NonconformanceSource, NonconformanceStatus } from './quality.enums';

/** A nonconformance (ISO 13485 8.3) on one or more lots, raised by an inspection, calibration or complaint. */
@Entity('nonconformance')
export class NonconformanceEntity extends LifecycleColumns {
  static readonly typeName = 'Nonconformance';

  @PrimaryColumn('text') id: string;
  @Column('text') status: NonconformanceStatus;
  @Column('text') source: NonconformanceSource;
  @Column('text') description: string;
  @Column('text', { name: 'lot_ids', array: true }) lotIds: string[];
  @Column('text', { name: 'inspection_id', nullable: true }) inspectionId: string | null;
  @Column('text', { name: 'equipment_id', nullable: true }) equipmentId: string | null;
  @Column('text', { name: 'opened_by' }) openedBy: string;
}
