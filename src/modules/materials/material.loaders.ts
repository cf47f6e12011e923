import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { MaterialEntity } from './material.entity';

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
