import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { ALERT_RAISED } from '../../core/alerts/alert-event';
import { alertFor } from './alert-stream.service';
import { AlertsResolver } from './alerts.resolver';

export const alertsModule: ModuleDefinition = {
  name: 'alerts',
  eventSubscriptions: [{ eventType: ALERT_RAISED, field: 'alerts', map: (ctx) => alertFor(ctx) }],
  resolvers: [AlertsResolver],
  entities: [],
  nodes: {},
};
