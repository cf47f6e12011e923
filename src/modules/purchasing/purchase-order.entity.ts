import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { PurchaseOrderStatus } from './purchase-order.enums';

/** A purchase order to one supplier (ISO 13485 7.4.2), from approval to receipt. */
@Entity('purchase_order')
export class PurchaseOrderEntity extends LifecycleColumns {
  static readonly typeName = 'PurchaseOrder';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'order_number' }) orderNumber: string;
  @Column('text', { name: 'supplier_id' }) supplierId: string;
  @Column('char', { length: 3 }) currency: string;
  @Column('text') status: PurchaseOrderStatus;
  /** Sum of quantity x unit price over the lines, computed in SQL; a decimal string. */
  @Column('numeric', { name: 'total_amount' }) totalAmount: string;
  @Column('text', { name: 'status_reason', nullable: true }) statusReason: string | null;
  /** Token subject of the buyer who created it: that person may not approve it. */
  @Column('text', { name: 'created_by' }) createdBy: string;
  @Column('text', { name: 'created_by_name' }) createdByName: string;
  @Column('text', { name: 'approved_by', nullable: true }) approvedBy: string | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt: Date | null;
}

/** One material, quantity, price and due date of a purchase order. */
@Entity('purchase_order_line')
export class PurchaseOrderLineEntity {
  static readonly typeName = 'PurchaseOrderLine';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'order_id' }) orderId: string;
  /** The order's supplier, kept on the line for the SUPPLIER row scope. */
  @Column('text', { name: 'supplier_id' }) supplierId: string;
  @Column('integer', { name: 'line_no' }) lineNo: number;
  @Column('text', { name: 'material_id' }) materialId: string;
  @Column('numeric', { precision: 20, scale: 6 }) quantity: string;
  @Column('numeric', { name: 'unit_price', precision: 20, scale: 6 }) unitPrice: string;
  @Column('date', { name: 'due_on' }) dueOn: string;
  @Column('numeric', { name: 'received_quantity', precision: 20, scale: 6 }) receivedQuantity: string;
}

export const PURCHASE_ORDER_AUDITED_FIELDS = [
  'orderNumber',
  'supplierId',
  'currency',
  'status',
  'totalAmount',
  'statusReason',
  'approvedBy',
  'approvedAt',
  'customFields',
] as const satisfies readonly (keyof PurchaseOrderEntity)[];

export const PURCHASE_ORDER_LINE_AUDITED_FIELDS = [
  'orderId',
  'lineNo',
  'materialId',
  'quantity',
  'unitPrice',
  'dueOn',
  'receivedQuantity',
] as const satisfies readonly (keyof PurchaseOrderLineEntity)[];
