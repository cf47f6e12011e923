import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { LotStatus } from './lot.enums';
import { Lot } from './lot.types';
import { EVENT_ID } from '../../core/graphql/subscription-args';

@ObjectType({ description: 'A committed change of a lot status (previousStatus null: the lot was received or produced).' })
export class LotStatusChangedEvent {
  @Field(() => ID, { description: EVENT_ID })
  eventId: string;

  @Field(() => LotStatus, { nullable: true })
  previousStatus: LotStatus | null;

  @Field(() => LotStatus)
  status: LotStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => DateTimeScalar)
  occurredAt: Date;

  @Field(() => Lot)
  lot: Lot;
}

@InputType({ description: 'Narrows the `lotStatusChanged` subscription: all given criteria must hold (AND); a list matches any of its values. Events on records the subscriber may not read are never sent.' })
export class LotStatusChangedFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these lots (global ids).' })
  lotIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these materials (global ids).' })
  materialIds?: string[];

  @Field(() => [LotStatus], { nullable: true, description: 'New statuses to hear about.' })
  statuses?: LotStatus[];
}
