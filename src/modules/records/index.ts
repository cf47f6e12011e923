import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { RecordsResolver } from './records.resolver';

/** Documents assembled from other modules' records: the batch record (device history record). */
export const recordsModule: ModuleDefinition = {
  name: 'records',
  resolvers: [RecordsResolver],
  entities: [],
  nodes: {},
};
