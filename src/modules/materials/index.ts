import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { MATERIAL_CHANGED } from './material.events';
import { materialChangeFor } from './material-changes.service';
import { loadByIds } from '../../core/graphql/authorized-query';
import { MaterialEntity } from './material.entity';
import { MaterialResolver } from './material.resolver';
import { MATERIAL_SPEC } from './material.table';
import { MATERIAL_READS } from './material.reads';

export const materialsModule: ModuleDefinition = {
  name: 'materials',
  eventSubscriptions: [{ eventType: MATERIAL_CHANGED, field: 'materialChanged', map: (ctx) => materialChangeFor(ctx) }],
  resolvers: [MaterialResolver],
  entities: [MaterialEntity],
  nodes: { mat: (ctx, ids) => loadByIds(ctx, MATERIAL_SPEC, ids) },
  reads: MATERIAL_READS,
};
