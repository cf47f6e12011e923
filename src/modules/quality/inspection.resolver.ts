import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import type { InspectionEntity } from './inspection.entities';
import { inspectionReadingsLoader } from './inspection.loaders';
import { inspectionPlanLoader } from './inspection-plan.loaders';
import { Inspection, InspectionPlan, InspectionReading } from './quality.types';

@Resolver(() => Inspection)
export class InspectionResolver {
  @FieldResolver(() => [InspectionReading], { description: 'Readings recorded so far, by characteristic and sample number.' })
  readings(@Root() inspection: InspectionEntity, @Ctx() { ctx }: GraphQLContext) {
    return inspectionReadingsLoader(ctx).load(inspection.id);
  }

  @FieldResolver(() => InspectionPlan, {
    nullable: true,
    description: 'The plan version this inspection runs under, with the characteristics to record; null with FORBIDDEN for a caller who may not read inspection plans.',
  })
  plan(@Root() inspection: InspectionEntity, @Ctx() { ctx }: GraphQLContext) {
    return inspectionPlanLoader(ctx).load(inspection.planId);
  }
}
