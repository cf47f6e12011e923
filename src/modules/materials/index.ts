import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { MATERIAL_CHANGED } from './material.events';
import { materialChangeFor } from './material-changes.service';
import { MaterialEntity } from './material.entity';
import { MaterialResolver } from './material.resolver';
import { MATERIAL } from './material.declaration';

export const materialsModule: ModuleDefinition = {
  name: 'materials',
  eventSubscriptions: [{ eventType: MATERIAL_CHANGED, field: 'materialChanged', map: (ctx) => materialChangeFor(ctx) }],
  resolvers: [MaterialResolver],
  entities: [MaterialEntity],
  nodes: { mat: MATERIAL.nodeLoader },
  reads: MATERIAL.reads,
};
