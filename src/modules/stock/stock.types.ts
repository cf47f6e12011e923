import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { ConnectionType } from '../../core/graphql/connection';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { MovementType } from './stock.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: Node, description: 'How much of a lot lies at a location.' })
export class StockBalance implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  lotId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => ID)
  siteId: string;

  @Field(() => ID)
  materialId: string;

  @Field(() => DecimalScalar)
  quantity: string;

  @Field(() => DateTimeScalar)
  updatedAt: Date;
}

export const StockBalanceConnection = ConnectionType(StockBalance, 'StockBalance');

@ObjectType({ implements: Node, description: 'An entry of the append-only stock ledger.' })
export class StockMovement implements Node {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Position in the ledger.' })
  seq: string;

  @Field(() => MovementType)
  type: MovementType;

  @Field(() => ID)
  lotId: string;

  @Field(() => ID)
  materialId: string;

  @Field(() => ID, { nullable: true })
  fromLocationId: string | null;

  @Field(() => ID, { nullable: true })
  toLocationId: string | null;

  @Field(() => ID)
  siteId: string;

  @Field(() => DecimalScalar)
  quantity: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Work order, shipment or other reference.' })
  reference: string | null;

  @Field({ description: 'Printed name of who moved it.' })
  actorName: string;

  @Field(() => DateTimeScalar)
  occurredAt: Date;
}

export const StockMovementConnection = ConnectionType(StockMovement, 'StockMovement');

@InputType()
export class StockBalanceFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true })
  lotIds?: string[];

  @Field(() => [ID], { nullable: true })
  materialIds?: string[];

  @Field(() => [ID], { nullable: true })
  locationIds?: string[];

  @Field(() => [ID], { nullable: true })
  siteIds?: string[];

  @Field({ defaultValue: true, description: 'Leave out empty balances.' })
  positiveOnly: boolean;
}

@InputType()
export class StockMovementFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true })
  lotIds?: string[];

  @Field(() => [MovementType], { nullable: true })
  types?: MovementType[];

  @Field(() => [ID], { nullable: true })
  siteIds?: string[];

  @Field(() => DateTimeScalar, { nullable: true })
  occurredFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredTo?: Date;
}
