import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { assertCan, rowScope } from '../../core/authz/guard';
import { CharacteristicEntity, InspectionEntity, ReadingEntity } from './inspection.entities';
import { INSPECTION_SPEC } from './inspection.service';

/**
 * The readings of a page of inspections in one statement, by characteristic and sample, under
 * the caller's row scope on Inspection (a SUPPLIER reads those of its own lots only), whichever
 * path the inspections arrived by.
 */
export function inspectionReadingsLoader(ctx: RequestContext): DataLoader<string, ReadingEntity[]> {
  return ctx.loaders.get(
    'inspection.readings',
    () =>
      new DataLoader(async (inspectionIds: readonly string[]) => {
        assertCan(ctx, 'read', 'Inspection');
        const scope = rowScope(ctx, 'read', 'Inspection', INSPECTION_SPEC.alias, INSPECTION_SPEC.columns);
        const qb = ctx.manager
          .createQueryBuilder(ReadingEntity, 'rd')
          .innerJoin(InspectionEntity, INSPECTION_SPEC.alias, `${INSPECTION_SPEC.alias}.id = rd.inspection_id`)
          .innerJoin(CharacteristicEntity, 'ch', 'ch.id = rd.characteristic_id')
          .where('rd.inspection_id = ANY(:ids)', { ids: [...inspectionIds] });
        if (scope.sql !== 'TRUE') qb.andWhere(scope.sql, scope.params);
        const rows = await qb.orderBy('rd.inspection_id').addOrderBy('ch.seq').addOrderBy('rd.sample_no').getMany();
        return inspectionIds.map((id) => rows.filter((r) => r.inspectionId === id));
      }),
  );
}
