import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../core/graphql/scalars';
import { Lot } from '../lots/lot.types';

export enum TraceDirection {
  BACKWARD = 'BACKWARD',
  FORWARD = 'FORWARD',
  BOTH = 'BOTH',
}
registerEnumType(TraceDirection, {
  name: 'TraceDirection',
  description: 'BACKWARD: where from (components down to suppliers); FORWARD: where used.',
  valuesConfig: { BACKWARD: { description: 'Where from: components, down to received lots.' }, BOTH: { description: 'Both directions.' }, FORWARD: { description: 'Where used: downstream lots.' } },
});

@ObjectType({
  description:
    'One step of a trace: a lot reached from another along a genealogy edge. A trace goes only through lots the caller may read: a lot out of its row scope, and whatever lies beyond it, is not listed.',
})
export class TraceNode {
  @Field(() => TraceDirection, { description: 'Whether the lot was reached going BACKWARD or FORWARD.' })
  direction: TraceDirection;

  @Field(() => ID, { description: 'Global id of the lot reached.' })
  lotId: string;

  @Field(() => ID, { description: 'The lot this one was reached from (its child going backward, its parent going forward).' })
  fromLotId: string;

  @Field(() => Int, { description: 'Number of genealogy edges from the root lot, from 1.' })
  depth: number;

  @Field(() => DecimalScalar, { description: 'Quantity of the parent consumed into the child.' })
  quantity: string;

  @Field(() => Lot, { nullable: true, description: 'The lot reached; null (with FORBIDDEN) if the caller may not read it.' })
  lot?: Lot | null;
}

@ObjectType({ description: 'The genealogy tree around a lot, as a flat list of steps with parent pointers.' })
export class LotTrace {
  @Field(() => Lot, { description: 'The lot the trace started from.' })
  root: Lot;

  @Field(() => Int, { description: 'The depth bound the trace was run with.' })
  maxDepth: number;

  @Field(() => [TraceNode], { description: 'Every lot reached, each with the lot it was reached from, its depth and the quantity on the edge.' })
  nodes: TraceNode[];
}

@ObjectType({ description: 'A lot downstream of a recalled one, among those the caller may read.' })
export class AffectedLot {
  @Field(() => ID, { description: 'Global id of the downstream lot.' })
  lotId: string;

  @Field(() => Int, { description: 'Nearest distance from the recalled lot.' })
  depth: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Stock of this lot still on hand, over the stock balances the caller may read (its sites only, for a site-limited caller); null where the caller may read none.',
  })
  quantityOnHand: string | null;

  @Field(() => Lot, { nullable: true, description: 'The downstream lot; null (with FORBIDDEN) if the caller may not read it.' })
  lot?: Lot | null;
}

@ObjectType({ description: 'Everything downstream of a lot that the caller may read, down to the shipments and customers that received any of it.' })
export class RecallImpact {
  @Field(() => Lot, { description: 'The lot the impact was computed for.' })
  lot: Lot;

  @Field(() => [AffectedLot], { description: 'The downstream lots.' })
  affectedLots: AffectedLot[];

  @Field(() => Int, { description: 'Number of downstream lots, the recalled lot excluded.' })
  affectedLotCount: number;
}
