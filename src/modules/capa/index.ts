import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { CAPA_STATUS_CHANGED } from './capa.events';
import { capaStatusChangeFor } from './capa-changes.service';
import { loadByIds } from '../../core/graphql/authorized-query';
import { combinedReads } from '../../core/reads/read-registry';
import { CapaActionEntity, CapaEntity, capaSignedContent } from './capa.entity';
import { raiseCapaOverdueAlerts } from './capa-overdue.job';
import { CapaResolver, NonconformanceCapaResolver } from './capa.resolver';
import { CAPA_ACTION_SPEC } from './capa.table';
import { CAPA } from './capa.declaration';

export const capaModule: ModuleDefinition = {
  name: 'capa',
  eventSubscriptions: [{ eventType: CAPA_STATUS_CHANGED, field: 'capaStatusChanged', map: (ctx) => capaStatusChangeFor(ctx) }],
  resolvers: [CapaResolver, NonconformanceCapaResolver],
  entities: [CapaEntity, CapaActionEntity],
  nodes: {
    capa: CAPA.nodeLoader,
    cact: (ctx, ids) => loadByIds(ctx, CAPA_ACTION_SPEC, ids),
  },
  reads: combinedReads(CAPA.reads, { models: [{ type: 'CapaAction', spec: CAPA_ACTION_SPEC, idPrefix: 'cact' }] }),
  jobs: [{ name: 'capa-overdue', intervalMs: 60 * 60_000, run: (platform) => raiseCapaOverdueAlerts(platform) }],
  signedContent: {
    Capa: async (manager, id) => {
      const capa = await manager.findOneBy(CapaEntity, { id });
      if (!capa) return null;
      const actions = await manager.find(CapaActionEntity, { where: { capaId: id }, order: { seq: 'ASC' } });
      return { version: capa.version, content: capaSignedContent(capa, actions) };
    },
  },
};
