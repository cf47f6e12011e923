import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../core/graphql/scalars';
import { Lot } from '../lots/lot.types';

export enum TraceDirection {
  BACKWARD = 'BACKWARD',
  FORWARD = 'FORWARD',
  BOTH = 'BOTH',
}
registerEnumType(TraceDirection, { name: 'TraceDirection', description: 'BACKWARD: where from (components down to suppliers); FORWARD: where used.' });

@ObjectType({ description: 'One step of a trace: a lot reached from another along a genealogy edge. A trace goes only through lots the caller may read: a lot out of its row scope, and whatever lies beyond it, is not listed.' })
export class TraceNode {
  @Field(() => TraceDirection)
  direction: TraceDirection;

  @Field(() => ID)
  lotId: string;

  @Field(() => ID, { description: 'The lot this one was reached from (its child going backward, its parent going forward).' })
  fromLotId: string;

  @Field(() => Int)
  depth: number;

  @Field(() => DecimalScalar, { description: 'Quantity of the parent consumed into the child.' })
  quantity: string;

  @Field(() => Lot, { nullable: true })
  lot?: Lot | null;
}

@ObjectType({ description: 'The genealogy tree around a lot, as a flat list of steps with parent pointers.' })
export class LotTrace {
  @Field(() => Lot)
  root: Lot;

  @Field(() => Int)
  maxDepth: number;

  @Field(() => [TraceNode])
  nodes: TraceNode[];
}

@ObjectType({ description: 'A lot downstream of a recalled one, among those the caller may read.' })
export class AffectedLot {
  @Field(() => ID)
  lotId: string;

  @Field(() => Int, { description: 'Nearest distance from the recalled lot.' })
  depth: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Stock of this lot still on hand, over the stock balances the caller may read (its sites only, for a site-limited caller); null where the caller may read none.' })
  quantityOnHand: string | null;

  @Field(() => Lot, { nullable: true })
  lot?: Lot | null;
}

@ObjectType({ description: 'Everything downstream of a lot that the caller may read, down to the shipments and customers that received any of it.' })
export class RecallImpact {
  @Field(() => Lot)
  lot: Lot;

  @Field(() => [AffectedLot])
  affectedLots: AffectedLot[];

  @Field(() => Int)
  affectedLotCount: number;
}
