import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { assertCan, rowScope } from '../../core/authz/guard';
import { loadByIds } from '../../core/graphql/authorized-query';
import { CharacteristicEntity, InspectionPlanEntity } from './inspection.entities';
import { PLAN_SPEC } from './inspection-plan.service';

/** Inspection plans by id for this request, batched into one statement, under the caller's row scope. */
export function inspectionPlanLoader(ctx: RequestContext): DataLoader<string, InspectionPlanEntity | null> {
  return ctx.loaders.get('inspectionPlan.byId', () => new DataLoader((ids: readonly string[]) => loadByIds(ctx, PLAN_SPEC, ids)));
}

/**
 * The characteristics of a page of plans in one statement, in plan order, joined to their plans
 * under the caller's row scope on InspectionPlan: a caller who may not read plans gets FORBIDDEN.
 */
export function planCharacteristicsLoader(ctx: RequestContext): DataLoader<string, CharacteristicEntity[]> {
  return ctx.loaders.get(
    'inspectionPlan.characteristics',
    () =>
      new DataLoader(async (planIds: readonly string[]) => {
        assertCan(ctx, 'read', PLAN_SPEC.subject);
        const scope = rowScope(ctx, 'read', PLAN_SPEC.subject, PLAN_SPEC.alias, PLAN_SPEC.columns);
        const qb = ctx.manager
          .createQueryBuilder(CharacteristicEntity, 'ich')
          .innerJoin(InspectionPlanEntity, PLAN_SPEC.alias, `${PLAN_SPEC.alias}.id = ich.plan_id`)
          .where('ich.plan_id = ANY(:ids)', { ids: [...planIds] });
        if (scope.sql !== 'TRUE') qb.andWhere(scope.sql, scope.params);
        const rows = await qb.orderBy('ich.plan_id').addOrderBy('ich.seq').getMany();
        const byPlan = new Map<string, CharacteristicEntity[]>(planIds.map((id) => [id, []]));
        for (const row of rows) byPlan.get(row.planId)?.push(row);
        return planIds.map((id) => byPlan.get(id) ?? []);
      }),
  );
}
