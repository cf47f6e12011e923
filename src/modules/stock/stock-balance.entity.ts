import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How much of a lot lies at a location; never negative (a CHECK and the ledger's conditional UPDATE). */
@Entity('stock_balance')
export class StockBalanceEntity {
  static readonly typeName = 'StockBalance';

  @PrimaryColumn('text', { name: 'lot_id' })
  lotId: string;

  @PrimaryColumn('text', { name: 'location_id' })
  locationId: string;

  @Column('text', { name: 'site_id' })
  siteId: string;

  @Column('text', { name: 'material_id' })
  materialId: string;

  @Column('numeric', { precision: 20, scale: 6 })
  quantity: string;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  /** Its first receipt into the location; the database sets it. */
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()', insert: false, update: false })
  createdAt: Date;

  /** Balances have no id column; this is their stable Node id. */
  get id(): string {
    return `bal_${this.lotId}.${this.locationId}`;
  }
}
