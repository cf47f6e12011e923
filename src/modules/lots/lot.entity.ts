import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { LotOrigin, LotStatus } from './lot.enums';

/** A lot: a quantity of one material with one history, identified for UDI and traceability. */
@Entity('lot')
export class LotEntity extends LifecycleColumns {
  static readonly typeName = 'Lot';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'material_id' })
  materialId: string;

  /** Internal lot number from the material's pattern; unique per material. */
  @Column('text', { name: 'lot_number' })
  lotNumber: string;

  @Column('text', { name: 'supplier_lot_number', nullable: true })
  supplierLotNumber: string | null;

  @Column('text', { name: 'supplier_id', nullable: true })
  supplierId: string | null;

  /** The concession a CONDITIONAL_RELEASE lot is used under. */
  @Column('text', { name: 'concession_id', nullable: true })
  concessionId: string | null;

  @Column('text')
  origin: LotOrigin;

  /** For lots made in production: the work order that produced them. */
  @Column('text', { name: 'work_order_id', nullable: true })
  workOrderId: string | null;

  /** For receipts against a purchase order: the order line delivered. */
  @Column('text', { name: 'purchase_order_line_id', nullable: true })
  purchaseOrderLineId: string | null;

  @Column('text', { name: 'site_id' })
  siteId: string;

  /** Decimal string (numeric in SQL), never a float. */
  @Column('numeric', { precision: 20, scale: 6 })
  quantity: string;

  @Column('text')
  unit: string;

  @Column('date', { name: 'manufactured_on', nullable: true })
  manufacturedOn: string | null;

  @Column('date', { name: 'expires_on', nullable: true })
  expiresOn: string | null;

  @Column('text', { name: 'serial_number', nullable: true })
  serialNumber: string | null;

  @Column('text')
  status: LotStatus;

  @Column('text', { name: 'status_reason', nullable: true })
  statusReason: string | null;

  @Column('timestamptz', { name: 'released_at', nullable: true })
  releasedAt: Date | null;

  @Column('text', { name: 'released_by', nullable: true })
  releasedBy: string | null;

  /** Token subject of who received or produced the lot: its author, who may not release it. */
  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('text', { name: 'created_by_name' })
  createdByName: string;
}

export const LOT_AUDITED_FIELDS = [
  'materialId',
  'lotNumber',
  'supplierLotNumber',
  'supplierId',
  'origin',
  'siteId',
  'quantity',
  'unit',
  'manufacturedOn',
  'expiresOn',
  'serialNumber',
  'status',
  'statusReason',
  'releasedAt',
  'releasedBy',
  'concessionId',
  'purchaseOrderLineId',
  'customFields',
] as const satisfies readonly (keyof LotEntity)[];

/** What a lot signature covers: the identity, quantity, dates and status of the lot version. */
export function lotSignedContent(lot: LotEntity): Record<string, unknown> {
  const { materialId, lotNumber, supplierLotNumber, supplierId, siteId, quantity, unit, manufacturedOn, expiresOn, serialNumber, status } = lot;
  return { materialId, lotNumber, supplierLotNumber, supplierId, siteId, quantity, unit, manufacturedOn, expiresOn, serialNumber, status };
}
