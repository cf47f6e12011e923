import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { PurchaseOrderStatus } from './purchase-order.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node], description: 'One material, quantity, price and due date of a purchase order.' })
export class PurchaseOrderLine implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix pol_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => ID, { description: 'Global id of the purchase order the line belongs to.' }) orderId: string;
  @Field(() => Int, { description: 'Position within the order, from 1.' }) lineNo: number;
  @Field(() => ID, { description: 'Global id of the ordered material.' }) materialId: string;
  @Field(() => DecimalScalar, { description: "Ordered quantity, in the material's unit." }) quantity: string;
  @Field(() => DecimalScalar, { nullable: true, description: "Price per unit in the order's currency; null (FORBIDDEN) where prices are masked." }) unitPrice: string | null;
  @Field(() => DateScalar, { description: 'When the supplier is to deliver.' }) dueOn: string;
  @Field(() => DecimalScalar, { description: 'Sum of the lots received against this line.' }) receivedQuantity: string;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A purchase order to one approved supplier (ISO 13485 7.4).' })
export class PurchaseOrder extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix po_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field({ description: 'Assigned by the server, e.g. PO-000042.' }) orderNumber: string;
  @Field(() => ID, { description: 'Global id of the supplier ordered from.' }) supplierId: string;
  @Field({ description: 'ISO 4217 code of every price and the total.' }) currency: string;
  @Field(() => PurchaseOrderStatus, { description: 'Lifecycle status.' }) status: PurchaseOrderStatus;
  @Field(() => DecimalScalar, { nullable: true, description: 'Sum of quantity x unit price over the lines, exact; null (FORBIDDEN) where prices are masked.' }) totalAmount: string | null;
  @Field(() => String, { nullable: true, description: 'Reason given for the current status (cancellation, closure).' }) statusReason: string | null;
  @Field({ description: 'Printed name of the buyer who created it.' }) createdByName: string;
  @Field(() => String, { nullable: true, description: 'Printed name of the approver.' }) approvedBy: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time it was approved; null before.' }) approvedAt: Date | null;
}

export const PurchaseOrderConnection = ConnectionType(PurchaseOrder, 'PurchaseOrder');

@InputType({ description: 'Narrows purchase orders; every given criterion must match.' })
export class PurchaseOrderFilter extends ChangeWindowFilter {
  @Field(() => [PurchaseOrderStatus], { nullable: true, description: 'Only records in one of these statuses.' }) status?: PurchaseOrderStatus[];
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these suppliers (global ids).' }) supplierIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Orders with a line of any of these materials.' }) materialIds?: string[];
  @Field(() => String, { nullable: true, description: 'Only the order with exactly this number.' }) orderNumber?: string | null;
}
