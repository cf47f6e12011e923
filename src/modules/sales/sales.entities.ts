import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { SalesOrderStatus } from './sales.enums';

/** Where a customer's goods go: the consignee of ISO 13485 7.5.9.2. */
@Entity('customer_address')
export class CustomerAddressEntity extends LifecycleColumns {
  static readonly typeName = 'CustomerAddress';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'customer_id' }) customerId: string;
  @Column('text') label: string;
  @Column('text', { name: 'consignee_name' }) consigneeName: string;
  @Column('text') line1: string;
  @Column('text', { nullable: true }) line2: string | null;
  @Column('text') city: string;
  @Column('text', { name: 'postal_code', nullable: true }) postalCode: string | null;
  @Column('text', { nullable: true }) region: string | null;
  @Column('char', { length: 2 }) country: string;
}

@Entity('sales_order')
export class SalesOrderEntity extends LifecycleColumns {
  static readonly typeName = 'SalesOrder';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'order_number' }) orderNumber: string;
  @Column('text', { name: 'customer_id' }) customerId: string;
  @Column('text', { name: 'ship_to_address_id' }) shipToAddressId: string;
  @Column('text') status: SalesOrderStatus;
  @Column('char', { length: 3 }) currency: string;
  /** Decimal string; a price, masked for BI_READER. */
  @Column('numeric', { name: 'total_amount', precision: 20, scale: 6 }) totalAmount: string;
}

@Entity('sales_order_line')
export class SalesOrderLineEntity {
  static readonly typeName = 'SalesOrderLine';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'order_id' }) orderId: string;
  @Column('integer', { name: 'line_no' }) lineNo: number;
  @Column('text', { name: 'material_id' }) materialId: string;
  @Column('numeric', { precision: 20, scale: 6 }) quantity: string;
  @Column('numeric', { name: 'unit_price', precision: 20, scale: 6 }) unitPrice: string;
  @Column('numeric', { name: 'shipped_quantity', precision: 20, scale: 6 }) shippedQuantity: string;
}

/** Stock reserved for an order line: a lot at a location, first-expiry-first-out. */
@Entity('sales_allocation')
export class AllocationEntity {
  static readonly typeName = 'Allocation';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'order_line_id' }) orderLineId: string;
  @Column('text', { name: 'lot_id' }) lotId: string;
  @Column('text', { name: 'location_id' }) locationId: string;
  @Column('text', { name: 'site_id' }) siteId: string;
  @Column('numeric', { precision: 20, scale: 6 }) quantity: string;
  @Column('text', { name: 'concession_id', nullable: true }) concessionId: string | null;
  @Column('text') status: 'ALLOCATED' | 'SHIPPED' | 'CANCELLED';
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

/** A distribution record: what went to whom, kept as shipped even if the customer's data changes. */
@Entity('shipment')
export class ShipmentEntity extends LifecycleColumns {
  static readonly typeName = 'Shipment';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'shipment_number' }) shipmentNumber: string;
  @Column('text', { name: 'sales_order_id' }) salesOrderId: string;
  @Column('text', { name: 'customer_id' }) customerId: string;
  @Column('text', { name: 'consignee_name' }) consigneeName: string;
  @Column('text', { name: 'consignee_address' }) consigneeAddress: string;
  @Column('timestamptz', { name: 'shipped_at' }) shippedAt: Date;
  @Column('text', { name: 'shipped_by' }) shippedBy: string;
}

@Entity('shipment_line')
export class ShipmentLineEntity {
  static readonly typeName = 'ShipmentLine';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'shipment_id' }) shipmentId: string;
  @Column('integer', { name: 'line_no' }) lineNo: number;
  @Column('text', { name: 'order_line_id' }) orderLineId: string;
  @Column('text', { name: 'lot_id' }) lotId: string;
  @Column('text', { name: 'material_id' }) materialId: string;
  @Column('text', { name: 'lot_number' }) lotNumber: string;
  @Column('text', { name: 'serial_number', nullable: true }) serialNumber: string | null;
  /** The full GS1 element string at shipping. */
  @Column('text', { nullable: true }) udi: string | null;
  @Column('numeric', { precision: 20, scale: 6 }) quantity: string;
  @Column('text', { name: 'movement_id' }) movementId: string;
}
