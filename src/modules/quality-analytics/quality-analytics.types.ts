import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../core/graphql/scalars';
import { InspectionType } from '../quality/quality.enums';
import { Material } from '../materials/material.types';
import { Supplier } from '../suppliers/supplier.types';
import { AnalyticsPeriod } from './analytics-period';

@InputType({ description: 'Which first inspections to aggregate into first-pass yield.' })
export class FirstPassYieldFilter {
  @Field(() => InspectionType, { description: 'The inspection type whose first completed inspection per lot counts.' })
  inspectionType: InspectionType;

  @Field(() => AnalyticsPeriod, { description: 'Bucket rows by the UTC day, ISO week or month in which the first inspection completed.' })
  period: AnalyticsPeriod;

  @Field(() => DateScalar, { description: "First day (UTC, inclusive) in which a lot's first inspection may have completed." })
  from: string;

  @Field(() => DateScalar, { description: 'Day (UTC) at which the range ends, exclusive. At most 1098 days after from.' })
  to: string;

  @Field(() => [ID], { nullable: true, description: 'Only these materials (at most 500); all materials when absent. An answer over 10000 rows is refused (VALIDATION_FAILED).' })
  materialIds?: string[];
}

@ObjectType({ description: 'First-pass yield of one material in one period: lots whose FIRST completed inspection of the type passed, over lots first inspected.' })
export class FirstPassYield {
  @Field(() => ID, { description: 'The material inspected.' })
  materialId: string;

  @Field(() => Material, { nullable: true, description: 'The material; null where the caller may not read it.' })
  material?: Material | null;

  @Field(() => DateScalar, { description: 'First day (UTC) of the period: the day, the Monday of the ISO week, or the 1st of the month.' })
  periodStart: string;

  @Field(() => Int, { description: 'Lots whose first completed inspection of the type completed in this period.' })
  lotsInspected: number;

  @Field(() => Int, { description: 'Of those, lots whose first completed inspection passed (re-inspections never count).' })
  lotsPassedFirstTime: number;

  @Field(() => DecimalScalar, { description: 'lotsPassedFirstTime / lotsInspected, exact numeric division rounded half away from zero to 4 decimal places (0 to 1).' })
  yield: string;
}

@ObjectType({ description: 'Nonconformances raised against one supplier that were opened in the period, with their state now.' })
export class SupplierNonconformances {
  @Field(() => ID, { description: 'The supplier the nonconformances were raised against.' })
  supplierId: string;

  @Field(() => Supplier, { nullable: true, description: 'The supplier; null where the caller may not read it.' })
  supplier?: Supplier | null;

  @Field(() => Int, { description: 'Nonconformances against this supplier opened (created) in the period.' })
  opened: number;

  @Field(() => Int, { description: 'Of those, how many are not CLOSED now.' })
  notClosed: number;

  @Field(() => Int, { description: 'Of those, how many have no disposition yet (OPEN or UNDER_REVIEW).' })
  awaitingDisposition: number;

  @Field(() => Int, { description: 'Of those, dispositioned USE_AS_IS (under a concession).' })
  useAsIs: number;

  @Field(() => Int, { description: 'Of those, dispositioned REWORK.' })
  rework: number;

  @Field(() => Int, { description: 'Of those, dispositioned SCRAP.' })
  scrap: number;

  @Field(() => Int, { description: 'Of those, dispositioned RETURN_TO_SUPPLIER.' })
  returnToSupplier: number;
}

@ObjectType({ description: 'CAPA throughput in a period and the CAPA backlog now.' })
export class CapaMetrics {
  @Field(() => Int, { description: 'CAPAs that reached CLOSED (effectiveness verified) with closedAt in the period.' })
  closedCount: number;

  @Field(() => Int, { description: 'CAPAs closed without action at triage (CLOSED_NO_ACTION) in the period; not in the cycle times.' })
  closedNoActionCount: number;

  @Field(() => Int, { description: 'CAPAs CANCELLED in the period; not in the cycle times.' })
  cancelledCount: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Mean days from creation to closure of the CLOSED CAPAs counted in closedCount, rounded to 2 decimal places; null when none.' })
  meanCycleDays: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Median of the same cycle times (mean of the two middle values for an even count), rounded to 2 decimal places; null when none.' })
  medianCycleDays: string | null;

  @Field(() => Int, { description: 'CAPAs not closed, cancelled or closed without action, now.' })
  openCount: number;

  @Field(() => Int, { description: 'Open CAPAs now that are past their due date, or have an OPEN action past its due date (before today, UTC).' })
  overdueCount: number;
}
