import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { RESUME_AFTER } from '../../core/graphql/subscription-args';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { ConnectionArgs } from '../../core/graphql/connection';
import { toPayload } from '../../core/graphql/payload';
import { createInspectionPlan, listPlans } from './inspection-plan.service';
import { completeInspection, recordInspectionResults, startInspection } from './inspection.service';
import { INSPECTION } from './inspection.declaration';
import { inspectionCompletions } from './inspection-changes.service';
import { InspectionCompletedEvent, InspectionCompletedFilter } from './inspection-events.types';
import { InspectionConnection, InspectionFilter, InspectionPlanConnection, InspectionPlanFilter } from './quality.types';
import {
  CompleteInspectionInput,
  CompleteInspectionPayload,
  CreateInspectionPlanInput,
  CreateInspectionPlanPayload,
  RecordInspectionResultsInput,
  RecordInspectionResultsPayload,
  StartInspectionInput,
  StartInspectionPayload,
} from './quality-inputs.types';

@Resolver()
export class QualityResolver {
  @Query(() => InspectionPlanConnection, { nullable: true, description: 'Inspection plans (all versions).' })
  inspectionPlans(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('materialIds', () => [ID], { nullable: true, description: 'Only plans of one of these materials.' }) materialIds?: string[],
    @Arg('filter', () => InspectionPlanFilter, { nullable: true, description: 'Which records; filters combine with AND.' }) filter?: InspectionPlanFilter,
  ) {
    return listPlans(ctx, args, materialIds, filter);
  }

  @Query(() => InspectionConnection, { nullable: true, description: 'Inspections, newest first.' })
  inspections(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => InspectionFilter, { nullable: true, description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter?: InspectionFilter,
  ) {
    return INSPECTION.list(ctx, args, filter ?? {});
  }

  @Mutation(() => CreateInspectionPlanPayload, { description: 'Creates a new inspection plan version for a material and type.' })
  createInspectionPlan(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => CreateInspectionPlanInput, { description: 'The material, inspection type, sample size and characteristics of the new plan version.' }) input: CreateInspectionPlanInput,
  ) {
    return toPayload(CreateInspectionPlanPayload, async () => ({ inspectionPlan: await createInspectionPlan(ctx, input) }));
  }

  @Mutation(() => StartInspectionPayload, { description: 'Starts an inspection against the active plan; a quarantined lot goes UNDER_TEST.' })
  startInspection(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => StartInspectionInput, { description: 'The lot and the inspection type to start.' }) input: StartInspectionInput) {
    return toPayload(StartInspectionPayload, async () => ({ inspection: await startInspection(ctx, input) }));
  }

  @Mutation(() => RecordInspectionResultsPayload, { description: 'Records readings; quantitative ones need equipment in calibration (EQUIPMENT_NOT_CALIBRATED).' })
  recordInspectionResults(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => RecordInspectionResultsInput, { description: 'The inspection and its readings.' }) input: RecordInspectionResultsInput) {
    return toPayload(RecordInspectionResultsPayload, () => recordInspectionResults(ctx, input));
  }

  @Mutation(() => CompleteInspectionPayload, { description: 'Completes with a verdict computed from the readings; a FAIL rejects the lot and opens a nonconformance.' })
  completeInspection(@Ctx() { ctx }: GraphQLContext, @Arg('input', () => CompleteInspectionInput, { description: 'The IN_PROGRESS inspection to complete.' }) input: CompleteInspectionInput) {
    return toPayload(CompleteInspectionPayload, () => completeInspection(ctx, input));
  }

  @Subscription(() => InspectionCompletedEvent, {
    description: 'Completed inspections (with verdicts) the subscriber may read.',
    subscribe: ({ context, args }) => inspectionCompletions((context as GraphQLContext).ctx, (args.filter ?? {}) as InspectionCompletedFilter, args.after as string | undefined),
  })
  inspectionCompleted(
    @Root() event: InspectionCompletedEvent,
    @Arg('filter', () => InspectionCompletedFilter, { nullable: true, description: 'Only events matching these criteria; omit for every event the subscriber may read.' })
    _filter?: InspectionCompletedFilter,
    @Arg('after', () => ID, { nullable: true, description: RESUME_AFTER }) _after?: string,
  ): InspectionCompletedEvent {
    return event;
  }
}
