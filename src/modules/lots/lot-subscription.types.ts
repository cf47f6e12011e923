import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { LotStatus } from './lot.enums';
import { Lot } from './lot.types';
import { EVENT_ID } from '../../core/graphql/subscription-args';

@ObjectType({ description: 'A committed change of a lot status (previousStatus null: the lot was received or produced).' })
export class LotStatusChangedEvent {
  @Field(() => ID, { description: EVENT_ID })
  eventId: string;

  @Field(() => LotStatus, { nullable: true, description: 'Status before the change; null when the lot was received or produced.' })
  previousStatus: LotStatus | null;

  @Field(() => LotStatus, { description: 'The new status.' })
  status: LotStatus;

  @Field(() => String, { nullable: true, description: 'Reason given for the change.' })
  reason: string | null;

  @Field(() => DateTimeScalar, { description: 'Server UTC time the change was recorded.' })
  occurredAt: Date;

  @Field(() => Lot, { description: 'The lot as it is after the change.' })
  lot: Lot;
}

@InputType({
  description: 'Narrows the `lotStatusChanged` subscription: all given criteria must hold (AND); a list matches any of its values. Events on records the subscriber may not read are never sent.',
})
export class LotStatusChangedFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these lots (global ids).' })
  lotIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these materials (global ids).' })
  materialIds?: string[];

  @Field(() => [LotStatus], { nullable: true, description: 'New statuses to hear about.' })
  statuses?: LotStatus[];
}
