import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MovementType } from './stock.enums';

/** One entry of the append-only stock ledger (a trigger refuses UPDATE and DELETE). */
@Entity('stock_movement')
export class StockMovementEntity {
  static readonly typeName = 'StockMovement';

  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq: string;

  @Column('text', { unique: true })
  id: string;

  @Column('text')
  type: MovementType;

  @Column('text', { name: 'lot_id' })
  lotId: string;

  @Column('text', { name: 'material_id' })
  materialId: string;

  @Column('text', { name: 'from_location_id', nullable: true })
  fromLocationId: string | null;

  @Column('text', { name: 'to_location_id', nullable: true })
  toLocationId: string | null;

  @Column('text', { name: 'site_id' })
  siteId: string;

  @Column('numeric', { precision: 20, scale: 6 })
  quantity: string;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('text', { nullable: true })
  reference: string | null;

  @Column('text', { name: 'actor_id' })
  actorId: string;

  @Column('text', { name: 'actor_name' })
  actorName: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;
}
