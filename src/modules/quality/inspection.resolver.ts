import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import type { InspectionEntity } from './inspection.entities';
import { inspectionReadingsLoader } from './inspection.loaders';
import { Inspection, InspectionReading } from './quality.types';

@Resolver(() => Inspection)
export class InspectionResolver {
  @FieldResolver(() => [InspectionReading], { description: 'Readings recorded so far, by characteristic and sample number.' })
  readings(@Root() inspection: InspectionEntity, @Ctx() { ctx }: GraphQLContext) {
    return inspectionReadingsLoader(ctx).load(inspection.id);
  }
}
