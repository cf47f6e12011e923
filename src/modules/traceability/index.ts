import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { TRACE_READS } from './trace.reads';
import { AffectedLotResolver, RecallCustomerResolver, RecallImpactResolver, TraceResolver } from './trace.resolver';

export const traceabilityModule: ModuleDefinition = {
  name: 'traceability',
  resolvers: [TraceResolver, AffectedLotResolver, RecallImpactResolver, RecallCustomerResolver],
  entities: [],
  nodes: {},
  reads: TRACE_READS,
};
