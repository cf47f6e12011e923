import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { InspectionVerdict } from './quality.enums';
import { Inspection } from './quality.types';
import { EVENT_ID } from '../../core/graphql/subscription-args';

@ObjectType({ description: 'A committed inspection completion, with its computed verdict.' })
export class InspectionCompletedEvent {
  @Field(() => ID, { description: EVENT_ID }) eventId: string;
  @Field(() => InspectionVerdict, { description: 'PASS or FAIL, computed by the server.' }) verdict: InspectionVerdict;
  @Field(() => ID, { description: 'Global id of the inspected lot.' }) lotId: string;
  @Field(() => DateTimeScalar, { description: 'Server UTC time of completion.' }) occurredAt: Date;
  @Field(() => Inspection, { description: 'The completed inspection.' }) inspection: Inspection;
}

@InputType({
  description: 'Narrows the `inspectionCompleted` subscription: all given criteria must hold (AND); a list matches any of its values. Events on records the subscriber may not read are never sent.',
})
export class InspectionCompletedFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these lots (global ids).' }) lotIds?: string[];
  @Field(() => [InspectionVerdict], { nullable: true, description: 'Only completions with one of these verdicts.' }) verdicts?: InspectionVerdict[];
}
