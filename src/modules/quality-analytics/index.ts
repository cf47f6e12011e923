import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { CapaMetricsResolver, FirstPassYieldResolver, SupplierNonconformancesResolver } from './quality-analytics.resolver';

/** Read-only quality aggregates for BI tools, computed in SQL; no tables and no nodes of its own. */
export const qualityAnalyticsModule: ModuleDefinition = {
  name: 'quality-analytics',
  resolvers: [FirstPassYieldResolver, SupplierNonconformancesResolver, CapaMetricsResolver],
  entities: [],
  nodes: {},
};
