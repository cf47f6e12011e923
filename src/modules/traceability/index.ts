import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { AffectedLotResolver, TraceResolver } from './trace.resolver';

export const traceabilityModule: ModuleDefinition = {
  name: 'traceability',
  resolvers: [TraceResolver, AffectedLotResolver],
  entities: [],
  nodes: {},
};
