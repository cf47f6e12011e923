import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { Disposition, NonconformanceSource, NonconformanceStatus } from './quality.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A concession (让步接收): nonconforming lots used as they are, within a quantity, customer or date.' })
export class Concession extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix cnc_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => ID, { description: 'The nonconformance whose USE_AS_IS disposition granted it.' }) nonconformanceId: string;
  @Field({ description: 'Why the product may be used as it is.' }) justification: string;
  @Field(() => ID, { nullable: true, description: 'Only shipments to this customer may use the lots.' }) customerId: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'The most that may be consumed, issued or shipped under it.' }) maxQuantity: string | null;
  @Field(() => DecimalScalar, { description: 'How much has been used under it so far.' }) usedQuantity: string;
  @Field(() => DateScalar, { nullable: true, description: 'Last day (UTC) the lots may be used under it.' }) validUntil: string | null;
  @Field({ description: "Printed name of the approver (the disposition's signer)." }) approvedBy: string;
  @Field(() => DateTimeScalar, { description: 'Server UTC time the concession was approved.' }) approvedAt: Date;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A nonconformance on one or more lots (ISO 13485 8.3): OPEN → UNDER_REVIEW → DISPOSITIONED → CLOSED.' })
export class Nonconformance extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix nc_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => NonconformanceStatus, { description: 'Lifecycle status.' }) status: NonconformanceStatus;
  @Field(() => NonconformanceSource, { description: 'What raised the nonconformance.' }) source: NonconformanceSource;
  @Field({ description: 'What is wrong.' }) description: string;
  @Field(() => [ID], { description: 'The nonconforming lots.' }) lotIds: string[];
  @Field(() => ID, { nullable: true, description: 'The inspection that raised it.' }) inspectionId: string | null;
  @Field(() => ID, { nullable: true, description: 'The equipment whose failed calibration raised it.' }) equipmentId: string | null;
  @Field(() => ID, { nullable: true, description: 'The supplier it is raised against; null for in-house causes.' }) supplierId: string | null;
  @Field({ description: 'Printed name of who opened it.' }) openedBy: string;
  @Field(() => String, { nullable: true, description: 'What the review found.' }) reviewSummary: string | null;
  @Field(() => String, { nullable: true, description: 'Printed name of the reviewer.' }) reviewedBy: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time the review started; null before.' }) reviewedAt: Date | null;
  @Field(() => Disposition, { nullable: true, description: 'What was decided for the lots.' }) disposition: Disposition | null;
  @Field(() => String, { nullable: true, description: 'Why that disposition.' }) dispositionJustification: string | null;
  @Field(() => String, { nullable: true, description: "Printed name of the disposition's signer." }) dispositionedBy: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time of the disposition; null before.' }) dispositionedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The concession of a USE_AS_IS disposition.' }) concessionId: string | null;
  @Field(() => String, { nullable: true, description: 'Printed name of who signed the closure.' }) closedBy: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time it was closed; null before.' }) closedAt: Date | null;
}

export const NonconformanceConnection = ConnectionType(Nonconformance, 'Nonconformance');

@InputType({ description: 'Narrows nonconformances; every given criterion must match.' })
export class NonconformanceFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Listing any of these lots.' }) lotIds?: string[];
  @Field(() => [NonconformanceStatus], { nullable: true, description: 'Only records in one of these statuses.' }) status?: NonconformanceStatus[];
  @Field(() => [NonconformanceSource], { nullable: true, description: 'Only nonconformances raised by one of these sources.' }) sources?: NonconformanceSource[];
  @Field(() => [ID], { nullable: true, description: 'Raised against any of these suppliers.' }) supplierIds?: string[];
  @Field(() => [Disposition], { nullable: true, description: 'Only nonconformances dispositioned one of these ways.' }) dispositions?: Disposition[];
}
