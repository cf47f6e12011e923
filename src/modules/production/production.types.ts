import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { WorkOrderStatus } from './production.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node], description: 'A BOM line: a component, its quantity per unit of product, and approved substitutes.' })
export class BomLine implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix bml_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field({ description: 'Position of the line in the BOM, from 1.' })
  lineNo: number;

  @Field(() => ID, { description: 'Global id of the component material.' })
  componentMaterialId: string;

  @Field(() => DecimalScalar, { description: "Quantity of the component per one unit of product, in the component's unit." })
  quantityPer: string;

  @Field(() => [ID], { description: "Used only when the component has no usable stock at the work order's site." })
  substituteMaterialIds: string[];
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A bill of materials of one product and revision.' })
export class Bom extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix bom_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field(() => ID, { description: 'Global id of the material this BOM makes.' })
  productMaterialId: string;

  @Field({ description: 'Revision label of this BOM, e.g. A, B.' })
  revision: string;

  @Field({ description: 'ACTIVE (used by new work orders) or OBSOLETE.' })
  status: string;
}

export const BomConnection = ConnectionType(Bom, 'Bom');

@InputType({ description: 'Narrows bills of materials; every given criterion must match.' })
export class BomFilter extends ChangeWindowFilter {}

@ObjectType({ implements: [Node], description: 'A lot consumed by a work order.' })
export class Consumption implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix con_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field(() => ID, { description: 'Global id of the consumed component lot.' })
  lotId: string;

  @Field(() => ID, { description: 'Global id of the BOM line the lot was consumed for.' })
  bomLineId: string;

  @Field({ description: 'Consumed as an approved substitute.' })
  substitute: boolean;

  @Field(() => DecimalScalar, { description: "Quantity consumed, in the component's unit." })
  quantity: string;

  @Field(() => DateTimeScalar, { description: 'Server UTC time of the consumption.' })
  createdAt: Date;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A work order: makes a product from BOM components.' })
export class WorkOrder extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix wo_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field({ description: 'Human-readable work order number.' })
  number: string;

  @Field(() => ID, { description: 'Global id of the product material made.' })
  productMaterialId: string;

  @Field(() => ID, { description: 'Global id of the BOM built from.' })
  bomId: string;

  @Field(() => ID, { description: 'Global id of the site where it is made.' })
  siteId: string;

  @Field(() => DecimalScalar, { description: "Quantity to make, in the product's unit." })
  quantityPlanned: string;

  @Field(() => DecimalScalar, { description: "Quantity produced so far, in the product's unit." })
  quantityProduced: string;

  @Field(() => WorkOrderStatus, { description: 'Lifecycle status.' })
  status: WorkOrderStatus;

  @Field(() => String, { nullable: true, description: 'Reason given for the current status.' })
  statusReason: string | null;
}

export const WorkOrderConnection = ConnectionType(WorkOrder, 'WorkOrder');

@InputType({ description: 'Criteria for listing work orders: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter.' })
export class WorkOrderFilter extends ChangeWindowFilter {
  @Field(() => [WorkOrderStatus], { nullable: true, description: 'Only records in one of these statuses.' })
  status?: WorkOrderStatus[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these product materials (global ids).' })
  productMaterialIds?: string[];
}
