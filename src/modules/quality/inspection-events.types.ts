import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { InspectionVerdict } from './quality.enums';
import { Inspection } from './quality.types';
import { EVENT_ID } from '../../core/graphql/subscription-args';

@ObjectType({ description: 'A committed inspection completion, with its computed verdict.' })
export class InspectionCompletedEvent {
  @Field(() => ID, { description: EVENT_ID }) eventId: string;
  @Field(() => InspectionVerdict) verdict: InspectionVerdict;
  @Field(() => ID) lotId: string;
  @Field(() => DateTimeScalar) occurredAt: Date;
  @Field(() => Inspection) inspection: Inspection;
}

@InputType({ description: 'Criteria for listing inspection completeds: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter.' })
export class InspectionCompletedFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these lots (global ids).' }) lotIds?: string[];
  @Field(() => [InspectionVerdict], { nullable: true }) verdicts?: InspectionVerdict[];
}
