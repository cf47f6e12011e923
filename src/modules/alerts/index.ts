import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { AlertsResolver } from './alerts.resolver';

export const alertsModule: ModuleDefinition = {
  name: 'alerts',
  resolvers: [AlertsResolver],
  entities: [],
  nodes: {},
};
