import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import type { CharacteristicEntity, InspectionPlanEntity } from './inspection.entities';
import { inspectionPlanLoader, planCharacteristicsLoader } from './inspection-plan.loaders';
import { CharacteristicKind } from './quality.enums';
import { InspectionCharacteristic, InspectionPlan } from './quality.types';

@Resolver(() => InspectionPlan)
export class InspectionPlanResolver {
  @FieldResolver(() => [InspectionCharacteristic], {
    nullable: true,
    description:
      'What an inspection under this plan checks, in plan order: a reading is recorded for each characteristic on each of `sampleSize` samples. Null with FORBIDDEN for a caller who may not read inspection plans.',
  })
  characteristics(@Root() plan: InspectionPlanEntity, @Ctx() { ctx }: GraphQLContext) {
    // The characteristics' sampleCount then reads the plan already at hand, not another statement.
    inspectionPlanLoader(ctx).prime(plan.id, plan);
    return planCharacteristicsLoader(ctx).load(plan.id);
  }
}

@Resolver(() => InspectionCharacteristic)
export class InspectionCharacteristicResolver {
  @FieldResolver(() => Int, { description: "Samples to read for this characteristic (its plan's sample size): one reading for each sample number 1..sampleCount." })
  async sampleCount(@Root() characteristic: CharacteristicEntity, @Ctx() { ctx }: GraphQLContext) {
    const plan = await inspectionPlanLoader(ctx).load(characteristic.planId);
    if (!plan) throw new Error(`Plan ${characteristic.planId} of characteristic ${characteristic.id} not readable`);
    return plan.sampleSize;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether each reading must name equipment that is in calibration when it is recorded (QUANTITATIVE characteristics); otherwise recordInspectionResults refuses it.',
  })
  requiresCalibratedInstrument(@Root() characteristic: CharacteristicEntity) {
    return characteristic.kind === CharacteristicKind.QUANTITATIVE;
  }
}
