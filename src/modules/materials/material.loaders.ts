import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { loadByIds } from '../../core/graphql/authorized-query';
import type { MaterialEntity } from './material.entity';
import { MATERIAL_SPEC } from './material.table';

/** Materials by id for this request, batched into one statement per tick. */
export function materialLoader(ctx: RequestContext): DataLoader<string, MaterialEntity | null> {
  return ctx.loaders.get('material.byId', () => new DataLoader((ids: readonly string[]) => loadByIds(ctx, MATERIAL_SPEC, ids)));
}
