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

@InputType()
export class InspectionCompletedFilter {
  @Field(() => [ID], { nullable: true }) lotIds?: string[];
  @Field(() => [InspectionVerdict], { nullable: true }) verdicts?: InspectionVerdict[];
}
