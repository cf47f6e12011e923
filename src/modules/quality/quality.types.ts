import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType } from '../../core/graphql/connection';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { CharacteristicKind, InspectionType, InspectionVerdict } from './quality.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ description: 'What to check: a quantitative value within limits, or a qualitative accept/reject.' })
export class InspectionCharacteristic {
  @Field(() => ID) id: string;
  @Field(() => Int) seq: number;
  @Field() name: string;
  @Field(() => CharacteristicKind) kind: CharacteristicKind;
  @Field(() => DecimalScalar, { nullable: true }) nominal: string | null;
  @Field(() => DecimalScalar, { nullable: true }) lowerLimit: string | null;
  @Field(() => DecimalScalar, { nullable: true }) upperLimit: string | null;
  @Field(() => String, { nullable: true }) unit: string | null;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'A versioned inspection plan of a material and inspection type.' })
export class InspectionPlan extends LifecycleFields implements Node {
  @Field(() => ID) id: string;
  @Field(() => ID) materialId: string;
  @Field(() => InspectionType) type: InspectionType;
  @Field(() => Int, { description: 'Plan version; a new plan supersedes the active one.' }) planVersion: number;
  @Field() status: string;
  @Field(() => Int) sampleSize: number;
}

export const InspectionPlanConnection = ConnectionType(InspectionPlan, 'InspectionPlan');

@InputType({ description: 'Narrows inspection plans; every given criterion must match.' })
export class InspectionPlanFilter extends ChangeWindowFilter {}

@ObjectType({ implements: [Node], description: 'One reading of one sample.' })
export class InspectionReading implements Node {
  @Field(() => ID) id: string;
  @Field(() => ID) characteristicId: string;
  @Field(() => Int) sampleNo: number;
  @Field(() => DecimalScalar, { nullable: true }) value: string | null;
  @Field(() => Boolean, { nullable: true }) accepted: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The equipment that measured it (in calibration at the time).' }) equipmentId: string | null;
  @Field({ description: 'Printed name of who recorded the reading.' }) recordedBy: string;
  @Field(() => DateTimeScalar, { description: 'Server UTC time the reading was recorded.' }) recordedAt: Date;
}

@ObjectType({ implements: [Node, LifecycleFields], description: 'An inspection of a lot against a plan version.' })
export class Inspection extends LifecycleFields implements Node {
  @Field(() => ID) id: string;
  @Field(() => ID) lotId: string;
  @Field(() => ID) planId: string;
  @Field() status: string;
  @Field(() => InspectionVerdict, { nullable: true, description: 'Computed from the readings on completion.' }) verdict: InspectionVerdict | null;
  @Field(() => String, {
    nullable: true,
    description: 'Printed name of the inspector: who started it, or for one opened by a goods receipt, who recorded its first reading (null until then).',
  }) inspectorName: string | null;
  @Field(() => DateTimeScalar) startedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Printed name of who completed it; null while in progress.' }) completedBy: string | null;
}

export const InspectionConnection = ConnectionType(Inspection, 'Inspection');


@InputType()
export class InspectionFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true }) lotIds?: string[];
  @Field(() => [InspectionVerdict], { nullable: true }) verdicts?: InspectionVerdict[];
}
