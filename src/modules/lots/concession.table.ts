import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { loadByIds, type EntitySpec } from '../../core/graphql/authorized-query';
import { ConcessionEntity } from './concession.entity';

export const CONCESSION_SPEC: EntitySpec<ConcessionEntity> = { entity: ConcessionEntity, subject: 'Concession', alias: 'cnc', columns: { id: 'id' } };

export function concessionLoader(ctx: RequestContext): DataLoader<string, ConcessionEntity | null> {
  return ctx.loaders.get('concession.byId', () => new DataLoader((ids: readonly string[]) => loadByIds(ctx, CONCESSION_SPEC, ids)));
}
