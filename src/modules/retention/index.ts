import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { pruneEvents } from './event-retention.job';

/** Keeps the event tables from growing for ever; the audit trail is never pruned. */
export const retentionModule: ModuleDefinition = {
  name: 'retention',
  resolvers: [],
  entities: [],
  nodes: {},
  jobs: [{ name: 'event-retention', intervalMs: 6 * 60 * 60_000, run: (platform) => pruneEvents(platform) }],
};
