import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { loadByIds } from '../../core/graphql/authorized-query';
import { MaterialEntity } from './material.entity';
import { MATERIAL_SPEC } from './material.table';

/** Materials by id for this request, batched into one statement per tick. */
export function materialLoader(ctx: RequestContext): DataLoader<string, MaterialEntity | null> {
  return ctx.loaders.get('material.byId', () => new DataLoader((ids: readonly string[]) => loadByIds(ctx, MATERIAL_SPEC, ids)));
}

/**
 * Materials by id without the caller's read scope, for attributes other records carry by
 * reference (a lot's UDI includes its material's GTIN even for a SUPPLIER, who may not read
 * materials). Never expose the loaded material itself through this loader.
 */
export function materialAttributesLoader(ctx: RequestContext): DataLoader<string, MaterialEntity | null> {
  return ctx.loaders.get(
    'material.attributes',
    () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows = await ctx.manager
          .createQueryBuilder(MaterialEntity, 'm')
          .where('m.id = ANY(:ids)', { ids: [...ids] })
          .getMany();
        const byId = new Map(rows.map((m) => [m.id, m]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
