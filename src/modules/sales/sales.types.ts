import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { SalesOrderStatus } from './sales.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A shipping address of a customer: the consignee.' })
export class CustomerAddress extends LifecycleFields implements Node {
  @Field(() => ID) id: string;
  @Field(() => ID) customerId: string;
  @Field({ description: 'Unique per customer, e.g. "Central warehouse".' }) label: string;
  @Field({ description: 'Who receives the goods.' }) consigneeName: string;
  @Field() line1: string;
  @Field(() => String, { nullable: true }) line2: string | null;
  @Field() city: string;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field({ description: 'ISO 3166-1 alpha-2.' }) country: string;
}

@ObjectType({ implements: [Node], description: 'One line of a sales order.' })
export class SalesOrderLine implements Node {
  @Field(() => ID) id: string;
  @Field(() => Int) lineNo: number;
  @Field(() => ID) materialId: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Masked for BI_READER.' }) unitPrice: string;
  @Field(() => DecimalScalar) shippedQuantity: string;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A customer order: DRAFT → CONFIRMED → ALLOCATED (FEFO) → SHIPPED → CLOSED, or CANCELLED.' })
export class SalesOrder extends LifecycleFields implements Node {
  @Field(() => ID) id: string;
  @Field() orderNumber: string;
  @Field(() => ID) customerId: string;
  @Field(() => ID) shipToAddressId: string;
  @Field(() => SalesOrderStatus) status: SalesOrderStatus;
  @Field() currency: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Sum of quantity × unit price; masked for BI_READER.' }) totalAmount: string;
}

export const SalesOrderConnection = ConnectionType(SalesOrder, 'SalesOrder');

@ObjectType({ implements: [Node], description: 'Stock reserved for an order line.' })
export class Allocation implements Node {
  @Field(() => ID) id: string;
  @Field(() => ID) orderLineId: string;
  @Field(() => ID) lotId: string;
  @Field(() => ID) locationId: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => ID, { nullable: true, description: 'Set when the lot is conditionally released under this concession.' }) concessionId: string | null;
  @Field() status: string;
}

@ObjectType({ implements: [Node], description: 'A distribution record line: lot, serial and full UDI as shipped.' })
export class ShipmentLine implements Node {
  @Field(() => ID) id: string;
  @Field(() => ID) lotId: string;
  @Field(() => ID) materialId: string;
  @Field() lotNumber: string;
  @Field(() => String, { nullable: true }) serialNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The GS1 element string: (01) GTIN, (11), (17), (10), (21).' }) udi: string | null;
  @Field(() => DecimalScalar) quantity: string;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A shipment (ISO 13485 7.5.9.2, MDR art. 25): what went to which consignee, kept as shipped.' })
export class Shipment extends LifecycleFields implements Node {
  @Field(() => ID) id: string;
  @Field() shipmentNumber: string;
  @Field(() => ID) salesOrderId: string;
  @Field(() => ID) customerId: string;
  @Field(() => String, { nullable: true, description: 'Who received it; null for callers with consignees masked (BI_READER).' }) consigneeName: string;
  @Field(() => String, { nullable: true, description: 'The address as it was at shipping; null for callers with consignees masked (BI_READER).' }) consigneeAddress: string;
  @Field(() => DateTimeScalar) shippedAt: Date;
  @Field() shippedBy: string;
}

export const ShipmentConnection = ConnectionType(Shipment, 'Shipment');

@InputType({ description: 'Narrows shipments; every given criterion must match.' })
export class ShipmentFilter extends ChangeWindowFilter {}

@InputType({ description: 'Narrows sales orders.' })
export class SalesOrderFilter extends ChangeWindowFilter {
  @Field(() => [SalesOrderStatus], { nullable: true }) status?: SalesOrderStatus[];
  @Field(() => [ID], { nullable: true }) customerIds?: string[];
}
