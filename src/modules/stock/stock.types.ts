import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { ConnectionType } from '../../core/graphql/connection';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { MovementType } from './stock.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: Node, description: 'How much of a lot lies at a location.' })
export class StockBalance implements Node {
  @Field(() => ID, { description: 'Opaque id of the balance (prefix bal_), derived from its lot and location.' })
  id: string;

  @Field(() => ID, { description: 'Global id of the lot.' })
  lotId: string;

  @Field(() => ID, { description: 'Global id of the location.' })
  locationId: string;

  @Field(() => ID, { description: "Global id of the location's site." })
  siteId: string;

  @Field(() => ID, { description: "Global id of the lot's material." })
  materialId: string;

  @Field(() => DecimalScalar, { description: "Quantity on hand, in the material's unit." })
  quantity: string;

  @Field(() => DateTimeScalar, { description: 'Server UTC time of the last movement that changed it.' })
  updatedAt: Date;
}

export const StockBalanceConnection = ConnectionType(StockBalance, 'StockBalance');

@ObjectType({ implements: Node, description: 'An entry of the append-only stock ledger.' })
export class StockMovement implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix mov_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field({ description: 'Position in the ledger.' })
  seq: string;

  @Field(() => MovementType, { description: 'What kind of movement it was.' })
  type: MovementType;

  @Field(() => ID, { description: 'Global id of the lot moved.' })
  lotId: string;

  @Field(() => ID, { description: "Global id of the lot's material." })
  materialId: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the location the stock left; null when stock entered (RECEIVE, PRODUCE, a count increase).' })
  fromLocationId: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the location the stock went to; null when stock left (ISSUE, SHIP, SCRAP, SAMPLE, RETURN, a count decrease).' })
  toLocationId: string | null;

  @Field(() => ID, { description: 'Global id of the site where it happened.' })
  siteId: string;

  @Field(() => DecimalScalar, { description: "Quantity moved, in the material's unit; always positive (the locations give the direction)." })
  quantity: string;

  @Field(() => String, { nullable: true, description: 'Reason given for the movement.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Work order, shipment or other reference.' })
  reference: string | null;

  @Field({ description: 'Printed name of who moved it.' })
  actorName: string;

  @Field(() => DateTimeScalar, { description: 'Server UTC time of the movement.' })
  occurredAt: Date;
}

export const StockMovementConnection = ConnectionType(StockMovement, 'StockMovement');

@InputType({ description: 'Criteria for listing stock balances: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter.' })
export class StockBalanceFilter extends ChangeWindowFilter {
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
export class StockMovementFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these lots (global ids).' })
  lotIds?: string[];

  @Field(() => [MovementType], { nullable: true, description: 'Only movements of one of these types.' })
  types?: MovementType[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these sites (global ids).' })
  siteIds?: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only movements at or after this time.' })
  occurredFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only movements before this time (exclusive).' })
  occurredTo?: Date;
}
