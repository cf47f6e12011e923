import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../core/graphql/scalars';
import { Lot } from '../lots/lot.types';

export enum TraceDirection {
  BACKWARD = 'BACKWARD',
  FORWARD = 'FORWARD',
  BOTH = 'BOTH',
}
registerEnumType(TraceDirection, { name: 'TraceDirection', description: 'BACKWARD: where from (components down to suppliers); FORWARD: where used.' });

@ObjectType({ description: 'One step of a trace: a lot reached from another along a genealogy edge.' })
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

  @Field(() => Lot, { nullable: true, description: 'Null where the caller may not read this lot.' })
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

@ObjectType({ description: 'A lot downstream of a recalled one.' })
export class AffectedLot {
  @Field(() => ID)
  lotId: string;

  @Field(() => Int, { description: 'Nearest distance from the recalled lot.' })
  depth: number;

  @Field(() => DecimalScalar, { description: 'Stock of this lot still on hand, over all locations.' })
  quantityOnHand: string;

  @Field(() => Lot, { nullable: true })
  lot?: Lot | null;
}

@ObjectType({ description: 'Everything downstream of a lot, down to the shipments and customers that received any of it.' })
export class RecallImpact {
  @Field(() => Lot)
  lot: Lot;

  @Field(() => [AffectedLot])
  affectedLots: AffectedLot[];

  @Field(() => Int)
  affectedLotCount: number;
}
