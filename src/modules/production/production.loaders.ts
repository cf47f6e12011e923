import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { BomLineEntity } from './bom.entity';

/** Lines of a page of BOMs in one statement. */
export function bomLinesLoader(ctx: RequestContext): DataLoader<string, BomLineEntity[]> {
  return ctx.loaders.get(
    'bom.lines',
    () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows = await ctx.manager
          .createQueryBuilder(BomLineEntity, 'bl')
          .where('bl.bom_id = ANY(:ids)', { ids: [...ids] })
          .orderBy('bl.line_no')
          .getMany();
        const byBom = new Map<string, BomLineEntity[]>(ids.map((id) => [id, []]));
        for (const row of rows) byBom.get(row.bomId)?.push(row);
        return ids.map((id) => byBom.get(id) ?? []);
      }),
  );
}
