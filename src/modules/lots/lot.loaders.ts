import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { loadByIds } from '../../core/graphql/authorized-query';
import type { LotEntity } from './lot.entity';
import { LOT_SPEC } from './lot.table';

export function lotLoader(ctx: RequestContext): DataLoader<string, LotEntity | null> {
  return ctx.loaders.get('lot.byId', () => new DataLoader((ids: readonly string[]) => loadByIds(ctx, LOT_SPEC, ids)));
}
