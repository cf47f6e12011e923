import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { MaintenanceKind, MaintenanceOrderStatus } from './equipment.enums';

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
  status: MaintenanceOrderStatus;

  @Column('text')
  description: string;

  @Column('date', { name: 'planned_for', nullable: true })
  plannedFor: string | null;

  @Column('integer', { name: 'downtime_minutes' })
  downtimeMinutes: number;

  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt: Date | null;

  @Column('text', { name: 'started_by', nullable: true })
  startedBy: string | null;

  /** Starting took the equipment out of service (or it was held by another order): completion returns it. */
  @Column('boolean', { name: 'took_equipment_out_of_service', default: false })
  tookEquipmentOutOfService: boolean;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;

  @Column('text', { name: 'completed_by', nullable: true })
  completedBy: string | null;

  @Column('text', { name: 'completion_notes', nullable: true })
  completionNotes: string | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  @Column('text', { name: 'cancelled_by', nullable: true })
  cancelledBy: string | null;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason: string | null;
}

export const MAINTENANCE_ORDER_AUDITED_FIELDS = [
  'equipmentId',
  'kind',
  'status',
  'description',
  'plannedFor',
  'downtimeMinutes',
  'startedAt',
  'startedBy',
  'tookEquipmentOutOfService',
  'completedAt',
  'completedBy',
  'completionNotes',
  'cancelledAt',
  'cancelledBy',
  'cancelReason',
  'customFields',
] as const satisfies readonly (keyof MaintenanceOrderEntity)[];
