import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { ConnectionType } from '../../core/graphql/connection';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { MovementType } from './stock.enums';

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

@InputType({ description: 'Criteria for listing stock balances: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter.' })
export class StockBalanceFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these lots (global ids).' })
  lotIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these materials (global ids).' })
  materialIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these locations (global ids).' })
  locationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these sites (global ids).' })
  siteIds?: string[];

  @Field({ defaultValue: true, description: 'Leave out empty balances.' })
  positiveOnly: boolean;
}

@InputType({ description: 'Criteria for listing stock movements: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter.' })
export class StockMovementFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these lots (global ids).' })
  lotIds?: string[];

  @Field(() => [MovementType], { nullable: true })
  types?: MovementType[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these sites (global ids).' })
  siteIds?: string[];

  @Field(() => DateTimeScalar, { nullable: true })
  occurredFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredTo?: Date;
}
