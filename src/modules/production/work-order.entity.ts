import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { WorkOrderStatus } from './production.enums';

@Entity('work_order')
export class WorkOrderEntity extends LifecycleColumns {
  static readonly typeName = 'WorkOrder';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { unique: true })
  number: string;

  @Column('text', { name: 'product_material_id' })
  productMaterialId: string;

  @Column('text', { name: 'bom_id' })
  bomId: string;

  @Column('text', { name: 'site_id' })
  siteId: string;

  @Column('numeric', { name: 'quantity_planned', precision: 20, scale: 6 })
  quantityPlanned: string;

  @Column('numeric', { name: 'quantity_produced', precision: 20, scale: 6 })
  quantityProduced: string;

  @Column('text')
  status: WorkOrderStatus;

  @Column('text', { name: 'status_reason', nullable: true })
  statusReason: string | null;
}

export const WORK_ORDER_AUDITED_FIELDS = [
  'number',
  'productMaterialId',
  'bomId',
  'siteId',
  'quantityPlanned',
  'quantityProduced',
  'status',
  'statusReason',
] as const satisfies readonly (keyof WorkOrderEntity)[];

/** A lot consumed by a work order (its stock ISSUE movement and BOM line). */
@Entity('work_order_consumption')
export class ConsumptionEntity {
  static readonly typeName = 'Consumption';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'work_order_id' })
  workOrderId: string;

  @Column('text', { name: 'lot_id' })
  lotId: string;

  @Column('text', { name: 'bom_line_id' })
  bomLineId: string;

  @Column('boolean')
  substitute: boolean;

  @Column('numeric', { precision: 20, scale: 6 })
  quantity: string;

  @Column('text', { name: 'movement_id' })
  movementId: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
