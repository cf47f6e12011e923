import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import type { NonconformanceEntity } from './nonconformance.entity';
import { NONCONFORMANCE } from './nonconformance.declaration';

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

/** The Nonconformance type, its connection and list filter come from its declaration (nonconformance.declaration.ts). */
export const { objectType: Nonconformance, connection: NonconformanceConnection, filterInput: NonconformanceFilter } = NONCONFORMANCE;
export type Nonconformance = NonconformanceEntity;
export type NonconformanceFilter = InstanceType<typeof NonconformanceFilter>;
