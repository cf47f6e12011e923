import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars';
import { CapaActionStatus, CapaRisk, CapaStatus } from './capa.enums';
import { EVENT_ID } from '../../core/graphql/subscription-args';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

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

@ObjectType({ implements: [Node, LifecycleFields], description: 'A corrective or preventive action (ISO 13485 8.5.2, 8.5.3).' })
export class Capa extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix capa_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field({ description: 'Short title.' }) title: string;
  @Field({ description: 'The problem, as described when the CAPA was opened.' }) description: string;
  @Field(() => CapaStatus, { description: 'Lifecycle status.' }) status: CapaStatus;
  @Field(() => [ID], { description: 'The nonconformances it was raised from.' }) nonconformanceIds: string[];
  @Field(() => DateScalar, { description: 'Target date for closure; past it the CAPA is overdue.' }) dueOn: string;
  @Field(() => ID, { nullable: true, description: 'The responsible user, named on entering INVESTIGATION.' }) ownerId: string | null;
  @Field(() => CapaRisk, { nullable: true, description: 'Assessed risk, set on entering INVESTIGATION; null before.' }) risk: CapaRisk | null;
  @Field(() => String, { nullable: true, description: 'Immediate containment of the problem.' }) containment: string | null;
  @Field(() => String, { nullable: true, description: 'Root cause, set on entering PLAN_APPROVAL; null before.' }) rootCause: string | null;
  @Field(() => String, { nullable: true, description: 'Products, lots, processes affected.' }) affectedScope: string | null;
  @Field(() => String, { nullable: true, description: 'How effectiveness will be judged.' }) effectivenessCriterion: string | null;
  @Field(() => String, { nullable: true, description: 'What the effectiveness check found.' }) effectivenessResult: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was closed without action or cancelled.' }) justification: string | null;
  @Field({ description: 'Printed name of who opened it.' }) openedBy: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was closed, closed without action or cancelled.' }) closedAt: Date | null;
}

export const CapaConnection = ConnectionType(Capa, 'Capa');

@InputType({ description: 'Narrows CAPAs; every given criterion must match.' })
export class CapaFilter extends ChangeWindowFilter {
  @Field(() => [CapaStatus], { nullable: true, description: 'Only records in one of these statuses.' }) status?: CapaStatus[];
  @Field(() => [ID], { nullable: true, description: 'Raised from any of these nonconformances.' }) nonconformanceIds?: string[];
  @Field(() => Boolean, { nullable: true, description: 'Past its due date, or with an open action past its own (today, UTC).' }) overdue?: boolean | null;
}

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
