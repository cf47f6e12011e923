import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';

/**
 * A concession (让步接收): nonconforming lots used as they are, within a limited quantity,
 * customer or date. Granted by a USE_AS_IS disposition; lots under it are CONDITIONAL_RELEASE.
 */
@Entity('concession')
export class ConcessionEntity extends LifecycleColumns {
  static readonly typeName = 'Concession';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'nonconformance_id' }) nonconformanceId: string;
  @Column('text') justification: string;
  /** Only shipments to this customer may use the lots. */
  @Column('text', { name: 'customer_id', nullable: true }) customerId: string | null;
  /** Decimal string: the most that may be consumed, issued or shipped under it. */
  @Column('numeric', { name: 'max_quantity', precision: 20, scale: 6, nullable: true }) maxQuantity: string | null;
  @Column('numeric', { name: 'used_quantity', precision: 20, scale: 6 }) usedQuantity: string;
  /** Last day (UTC) the lots may be used under it. */
  @Column('date', { name: 'valid_until', nullable: true }) validUntil: string | null;
  @Column('text', { name: 'approved_by' }) approvedBy: string;
  @Column('timestamptz', { name: 'approved_at' }) approvedAt: Date;
}
