import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds } from '../../core/graphql/authorized-query';
import { MaterialEntity } from './material.entity';
import { MaterialResolver } from './material.resolver';
import { MATERIAL_SPEC } from './material.table';

export const materialsModule: ModuleDefinition = {
  name: 'materials',
  resolvers: [MaterialResolver],
  entities: [MaterialEntity],
  nodes: { mat: (ctx, ids) => loadByIds(ctx, MATERIAL_SPEC, ids) },
};
