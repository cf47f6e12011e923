import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { SalesOrderStatus } from './sales.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A shipping address of a customer: the consignee.' })
export class CustomerAddress extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix cad_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => ID, { description: 'Global id of the customer the address belongs to.' }) customerId: string;
  @Field({ description: 'Unique per customer, e.g. "Central warehouse".' }) label: string;
  @Field({ description: 'Who receives the goods.' }) consigneeName: string;
  @Field({ description: 'First street address line.' }) line1: string;
  @Field(() => String, { nullable: true, description: 'Second street address line, if any.' }) line2: string | null;
  @Field({ description: 'City of the consignee.' }) city: string;
  @Field(() => String, { nullable: true, description: 'Postal code, if the country uses one.' }) postalCode: string | null;
  @Field(() => String, { nullable: true, description: 'Province, state or region, if any.' }) region: string | null;
  @Field({ description: 'ISO 3166-1 alpha-2.' }) country: string;
}

@ObjectType({ implements: [Node], description: 'One line of a sales order.' })
export class SalesOrderLine implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix sol_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => Int, { description: 'Position of the line in the order, from 1.' }) lineNo: number;
  @Field(() => ID, { description: 'Global id of the ordered material.' }) materialId: string;
  @Field(() => DecimalScalar, { description: "Ordered quantity, in the material's unit." }) quantity: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Masked for BI_READER.' }) unitPrice: string;
  @Field(() => DecimalScalar, { description: "Quantity shipped so far, in the material's unit." }) shippedQuantity: string;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A customer order: DRAFT → CONFIRMED → ALLOCATED (FEFO) → SHIPPED → CLOSED, or CANCELLED.' })
export class SalesOrder extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix so_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field({ description: 'Human-readable order number.' }) orderNumber: string;
  @Field(() => ID, { description: 'Global id of the customer.' }) customerId: string;
  @Field(() => ID, { description: 'Global id of the customer address (consignee) it ships to.' }) shipToAddressId: string;
  @Field(() => SalesOrderStatus, { description: 'Lifecycle status.' }) status: SalesOrderStatus;
  @Field({ description: 'ISO 4217 currency code of the prices, e.g. CNY.' }) currency: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Sum of quantity × unit price; masked for BI_READER.' }) totalAmount: string;
}

export const SalesOrderConnection = ConnectionType(SalesOrder, 'SalesOrder');

@ObjectType({ implements: [Node], description: 'Stock reserved for an order line.' })
export class Allocation implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix alc_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => ID, { description: 'Global id of the sales order line the stock is reserved for.' }) orderLineId: string;
  @Field(() => ID, { description: 'Global id of the reserved lot (FEFO: first expiring first).' }) lotId: string;
  @Field(() => ID, { description: 'Global id of the location the stock is reserved at.' }) locationId: string;
  @Field(() => DecimalScalar, { description: "Reserved quantity, in the material's unit." }) quantity: string;
  @Field(() => ID, { nullable: true, description: 'Set when the lot is conditionally released under this concession.' }) concessionId: string | null;
  @Field({ description: 'ALLOCATED (reserved), SHIPPED (left with a shipment) or CANCELLED (released back to stock).' }) status: string;
}

@ObjectType({ implements: [Node], description: 'A distribution record line: lot, serial and full UDI as shipped.' })
export class ShipmentLine implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix shl_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => ID, { description: 'Global id of the shipped lot.' }) lotId: string;
  @Field(() => ID, { description: 'Global id of the shipped material.' }) materialId: string;
  @Field({ description: 'Lot number as shipped.' }) lotNumber: string;
  @Field(() => String, { nullable: true, description: 'Serial number as shipped, for serial-controlled material.' }) serialNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The GS1 element string: (01) GTIN, (11), (17), (10), (21).' }) udi: string | null;
  @Field(() => DecimalScalar, { description: "Quantity shipped, in the material's unit." }) quantity: string;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A shipment (ISO 13485 7.5.9.2, MDR art. 25): what went to which consignee, kept as shipped.' })
export class Shipment extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix shp_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field({ description: 'Human-readable shipment number.' }) shipmentNumber: string;
  @Field(() => ID, { description: 'Global id of the sales order shipped.' }) salesOrderId: string;
  @Field(() => ID, { description: 'Global id of the customer.' }) customerId: string;
  @Field(() => String, { nullable: true, description: 'Who received it; null for callers with consignees masked (BI_READER).' }) consigneeName: string;
  @Field(() => String, { nullable: true, description: 'The address as it was at shipping; null for callers with consignees masked (BI_READER).' }) consigneeAddress: string;
  @Field(() => DateTimeScalar, { description: 'Server UTC time of shipping.' }) shippedAt: Date;
  @Field({ description: 'Printed name of who shipped it.' }) shippedBy: string;
}

export const ShipmentConnection = ConnectionType(Shipment, 'Shipment');

@InputType({ description: 'Narrows shipments; every given criterion must match.' })
export class ShipmentFilter extends ChangeWindowFilter {}

@InputType({ description: 'Narrows sales orders.' })
export class SalesOrderFilter extends ChangeWindowFilter {
  @Field(() => [SalesOrderStatus], { nullable: true, description: 'Only records in one of these statuses.' }) status?: SalesOrderStatus[];
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these customers (global ids).' }) customerIds?: string[];
}
