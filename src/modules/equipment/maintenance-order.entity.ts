import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { MaintenanceKind } from './equipment.enums';

/** Preventive or corrective maintenance of one piece of equipment. */
@Entity('maintenance_order')
export class MaintenanceOrderEntity extends LifecycleColumns {
  static readonly typeName = 'MaintenanceOrder';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'equipment_id' })
  equipmentId: string;

  @Column('text')
  kind: MaintenanceKind;

  @Column('text')
  status: 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

  @Column('text')
  description: string;

  @Column('integer', { name: 'downtime_minutes' })
  downtimeMinutes: number;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
