import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars';
import { CapaActionStatus, CapaStatus } from './capa.enums';
import type { CapaEntity } from './capa.entity';
import { CAPA } from './capa.declaration';
import { EVENT_ID } from '../../core/graphql/subscription-args';

@ObjectType({ implements: [Node, LifecycleFields], description: 'An action item of a CAPA plan.' })
export class CapaAction extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix cact_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => ID, { description: 'Global id of the CAPA this action belongs to.' }) capaId: string;
  @Field(() => Int, { description: 'Order within the plan.' }) seq: number;
  @Field({ description: 'What must be done.' }) description: string;
  @Field(() => ID, { description: 'The responsible user.' }) ownerId: string;
  @Field(() => DateScalar, { description: 'Date it is due; past it the CAPA raises CAPA_OVERDUE.' }) dueOn: string;
  @Field(() => CapaActionStatus, { description: 'OPEN or DONE.' }) status: CapaActionStatus;
  @Field(() => String, { nullable: true, description: 'Printed name of who marked it done.' }) completedBy: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time it was marked done; null while OPEN.' }) completedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Evidence that it was done.' }) completionNote: string | null;
}

/** The Capa type, its connection and list filter come from its declaration (capa.declaration.ts). */
export const { objectType: Capa, connection: CapaConnection, filterInput: CapaFilter } = CAPA;
export type Capa = CapaEntity;
export type CapaFilter = InstanceType<typeof CapaFilter>;

@ObjectType({ description: 'A CAPA changed status.' })
export class CapaStatusChangedEvent {
  @Field(() => ID, { description: EVENT_ID }) eventId: string;
  @Field(() => CapaStatus, { nullable: true, description: 'Null when the CAPA was just opened.' }) previousStatus: CapaStatus | null;
  @Field(() => CapaStatus, { description: 'The new status.' }) status: CapaStatus;
  @Field(() => String, { nullable: true, description: 'Reason given for the change.' }) reason: string | null;
  @Field(() => DateTimeScalar, { description: 'Server UTC time the change was recorded.' }) occurredAt: Date;
  @Field(() => Capa, { description: 'The CAPA as it is after the change.' }) capa: Capa;
}

@InputType({ description: 'Which CAPA status changes to receive.' })
export class CapaStatusChangedFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records of one of these CAPAs (global ids).' }) capaIds?: string[];
  @Field(() => [CapaStatus], { nullable: true, description: 'New statuses to receive.' }) statuses?: CapaStatus[];
}
