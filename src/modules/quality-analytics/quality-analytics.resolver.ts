import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import { asQueryErrors } from '../../core/graphql/query-errors';
import { DateScalar } from '../../core/graphql/scalars';
import { MATERIAL } from '../materials/material.declaration';
import { Material } from '../materials/material.types';
import { SUPPLIER } from '../suppliers/supplier.declaration';
import { Supplier } from '../suppliers/supplier.types';
import { capaMetrics } from './capa-metrics.service';
import { firstPassYield } from './first-pass-yield.service';
import { nonconformancesBySupplier } from './nonconformances-by-supplier.service';
import { CapaMetrics, FirstPassYield, FirstPassYieldFilter, SupplierNonconformances } from './quality-analytics.types';

const FROM = { description: 'First day of the range (UTC, inclusive).' };
const TO = { description: 'Day at which the range ends (UTC, exclusive); at most 1098 days after from.' };

@Resolver(() => FirstPassYield)
export class FirstPassYieldResolver {
  @Query(() => [FirstPassYield], { nullable: true, description: 'First-pass yield per material and period, computed in SQL over the inspections the caller may read. Needs read on QualityAnalytics.' })
  firstPassYield(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('filter', () => FirstPassYieldFilter, { description: 'Only records matching these criteria; omit to list every record the caller may read.' }) filter: FirstPassYieldFilter,
  ) {
    return asQueryErrors(() => firstPassYield(ctx, filter));
  }

  @FieldResolver(() => Material, { nullable: true, description: 'The material; null where the caller may not read it.' })
  material(@Root() row: FirstPassYield, @Ctx() { ctx }: GraphQLContext) {
    return MATERIAL.loader(ctx).load(row.materialId);
  }
}

@Resolver(() => SupplierNonconformances)
export class SupplierNonconformancesResolver {
  @Query(() => [SupplierNonconformances], {
    nullable: true,
    description: 'Nonconformances opened in [from, to) per supplier they were raised against, over those the caller may read. Needs read on QualityAnalytics.',
  })
  nonconformancesBySupplier(@Ctx() { ctx }: GraphQLContext, @Arg('from', () => DateScalar, FROM) from: string, @Arg('to', () => DateScalar, TO) to: string) {
    return asQueryErrors(() => nonconformancesBySupplier(ctx, from, to));
  }

  @FieldResolver(() => Supplier, { nullable: true, description: 'The supplier; null where the caller may not read it.' })
  supplier(@Root() row: SupplierNonconformances, @Ctx() { ctx }: GraphQLContext) {
    return SUPPLIER.loader(ctx).load(row.supplierId);
  }
}

@Resolver()
export class CapaMetricsResolver {
  @Query(() => CapaMetrics, {
    nullable: true,
    description: 'CAPA closures and cycle times in [from, to), and open and overdue CAPAs now, over those the caller may read. Needs read on QualityAnalytics.',
  })
  capaMetrics(@Ctx() { ctx }: GraphQLContext, @Arg('from', () => DateScalar, FROM) from: string, @Arg('to', () => DateScalar, TO) to: string) {
    return asQueryErrors(() => capaMetrics(ctx, from, to));
  }
}
