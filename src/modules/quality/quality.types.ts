import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { GuardedAs } from '../../core/authz/field-guard';
import { CharacteristicKind, InspectionType } from './quality.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';
import type { InspectionEntity } from './inspection.entities';
import { INSPECTION } from './inspection.declaration';

/**
 * A characteristic is part of its plan: whoever may read the plan reads it, under the plan's
 * row scope and field rules (no separate subject to grant).
 */
@GuardedAs('InspectionPlan')
@ObjectType({
  implements: [Node],
  description:
    'What to check on every sample of an inspection under its plan: a quantitative value within limits (measured with calibrated equipment), or a qualitative accept/reject. Its id is the `characteristicId` of the readings a client records.',
})
export class InspectionCharacteristic implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix ich_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => ID, { description: 'The plan version this characteristic belongs to.' }) planId: string;
  @Field(() => Int, { description: 'Position in the plan, from 1: the order to present and record the characteristics in.' }) seq: number;
  @Field({ description: 'What is checked, as written in the plan (e.g. "Outer diameter").' }) name: string;
  @Field(() => CharacteristicKind, { description: 'QUANTITATIVE readings carry a `value`; QUALITATIVE ones carry `accepted`.' }) kind: CharacteristicKind;
  @Field(() => DecimalScalar, { nullable: true, description: 'Target value, when the plan states one (QUANTITATIVE only).' }) nominal: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Lowest conforming value, inclusive (QUANTITATIVE only; null for QUALITATIVE).' }) lowerLimit: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Highest conforming value, inclusive (QUANTITATIVE only; null for QUALITATIVE).' }) upperLimit: string | null;
  @Field(() => String, { nullable: true, description: 'Unit of `nominal`, the limits and the recorded values (e.g. "mm").' }) unit: string | null;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A versioned inspection plan of a material and inspection type.' })
export class InspectionPlan extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix ipl_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => ID, { description: 'Global id of the material inspected.' }) materialId: string;
  @Field(() => InspectionType, { description: 'Which inspection the plan is for.' }) type: InspectionType;
  @Field(() => Int, { description: 'Plan version; a new plan supersedes the active one.' }) planVersion: number;
  @Field({ description: 'ACTIVE (used by new inspections) or SUPERSEDED by a newer version.' }) status: string;
  @Field(() => Int, { description: 'Number of samples read per characteristic.' }) sampleSize: number;
}

export const InspectionPlanConnection = ConnectionType(InspectionPlan, 'InspectionPlan');

@InputType({ description: 'Narrows inspection plans; every given criterion must match.' })
export class InspectionPlanFilter extends ChangeWindowFilter {}

@ObjectType({ implements: [Node], description: 'One reading of one sample.' })
export class InspectionReading implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix ird_), stable forever; pass it to node(id:) or nodes(ids:).' }) id: string;
  @Field(() => ID, { description: 'Global id of the plan characteristic read (InspectionPlan.characteristics).' }) characteristicId: string;
  @Field(() => Int, { description: "Sample number, from 1 to the plan's sampleSize." }) sampleNo: number;
  @Field(() => DecimalScalar, { nullable: true, description: "QUANTITATIVE: measured value in the characteristic's unit; null for QUALITATIVE." }) value: string | null;
  @Field(() => Boolean, { nullable: true, description: "QUALITATIVE: the inspector's accept (true) or reject (false); null for QUANTITATIVE." }) accepted: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The equipment that measured it (in calibration at the time).' }) equipmentId: string | null;
  @Field({ description: 'Printed name of who recorded the reading.' }) recordedBy: string;
  @Field(() => DateTimeScalar, { description: 'Server UTC time the reading was recorded.' }) recordedAt: Date;
}

/** The Inspection type, its connection and list filter come from its declaration (inspection.declaration.ts). */
export const { objectType: Inspection, connection: InspectionConnection, filterInput: InspectionFilter } = INSPECTION;
export type Inspection = InspectionEntity;
export type InspectionFilter = InstanceType<typeof InspectionFilter>;
