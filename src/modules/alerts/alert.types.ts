import { Field, ID, ObjectType } from 'type-graphql';
import { AlertType } from '../../core/alerts/alert-type';
import { DateTimeScalar, JSONScalar } from '../../core/graphql/scalars';
import { EVENT_ID } from '../../core/graphql/subscription-args';

@ObjectType({ description: 'An alert about a record the subscriber may read.' })
export class AlertEvent {
  @Field(() => ID, { description: EVENT_ID }) eventId: string;
  @Field(() => AlertType, { description: 'Which condition the alert reports.' }) type: AlertType;
  @Field({ description: 'The record type a reader must be allowed to read to receive it (Lot, Equipment, Capa, Inspection; StockBalance for LOW_STOCK, whose subjectId is the material).' })
  subjectType: string;
  @Field(() => ID, { description: 'The record it is about; fetch it with `node`.' }) subjectId: string;
  @Field({ description: 'A sentence for people.' }) message: string;
  @Field(() => JSONScalar, { description: 'Type-specific facts (due dates, quantities, lot numbers).' }) details: Record<string, unknown>;
  @Field(() => DateTimeScalar, { description: 'Server UTC time the alert was raised.' }) occurredAt: Date;
}
