import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { WorkOrderStatus } from './production.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node], description: 'A BOM line: a component, its quantity per unit of product, and approved substitutes.' })
export class BomLine implements Node {
  @Field(() => ID)
  id: string;

  @Field()
  lineNo: number;

  @Field(() => ID)
  componentMaterialId: string;

  @Field(() => DecimalScalar)
  quantityPer: string;

  @Field(() => [ID], { description: 'Used only when the component has no usable stock at the work order\'s site.' })
  substituteMaterialIds: string[];
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A bill of materials of one product and revision.' })
export class Bom extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  productMaterialId: string;

  @Field()
  revision: string;

  @Field()
  status: string;
}

export const BomConnection = ConnectionType(Bom, 'Bom');

@InputType({ description: 'Narrows bills of materials; every given criterion must match.' })
export class BomFilter extends ChangeWindowFilter {}

@ObjectType({ implements: [Node], description: 'A lot consumed by a work order.' })
export class Consumption implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  lotId: string;

  @Field(() => ID)
  bomLineId: string;

  @Field({ description: 'Consumed as an approved substitute.' })
  substitute: boolean;

  @Field(() => DecimalScalar)
  quantity: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A work order: makes a product from BOM components.' })
export class WorkOrder extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field(() => ID)
  productMaterialId: string;

  @Field(() => ID)
  bomId: string;

  @Field(() => ID)
  siteId: string;

  @Field(() => DecimalScalar)
  quantityPlanned: string;

  @Field(() => DecimalScalar)
  quantityProduced: string;

  @Field(() => WorkOrderStatus)
  status: WorkOrderStatus;

  @Field(() => String, { nullable: true })
  statusReason: string | null;
}

export const WorkOrderConnection = ConnectionType(WorkOrder, 'WorkOrder');

@InputType()
export class WorkOrderFilter extends ChangeWindowFilter {
  @Field(() => [WorkOrderStatus], { nullable: true })
  status?: WorkOrderStatus[];

  @Field(() => [ID], { nullable: true })
  productMaterialIds?: string[];
}
