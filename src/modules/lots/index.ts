import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { LOT_STATUS_CHANGED } from './lot.events';
import { lotStatusChangeFor } from './lot-changes.service';
import { ConcessionEntity } from './concession.entity';
import { raiseLotExpiringAlerts } from './lot-expiring.job';
import { LotEntity, lotSignedContent } from './lot.entity';
import { LotResolver } from './lot.resolver';
import { LOT } from './lot.declaration';
import { expireReleasedLots } from './lot-expiry.job';
import { LOT_READS } from './lot.reads';
import { combinedReads } from '../../core/reads/read-registry';

export const lotsModule: ModuleDefinition = {
  name: 'lots',
  eventSubscriptions: [{ eventType: LOT_STATUS_CHANGED, field: 'lotStatusChanged', map: (ctx) => lotStatusChangeFor(ctx) }],
  resolvers: [LotResolver],
  entities: [LotEntity, ConcessionEntity],
  nodes: { lot: LOT.nodeLoader },
  reads: combinedReads(LOT.reads, LOT_READS),
  jobs: [
    { name: 'lot-expiry', intervalMs: 60 * 60_000, run: (platform) => expireReleasedLots(platform) },
    { name: 'lot-expiring', intervalMs: 60 * 60_000, run: (platform) => raiseLotExpiringAlerts(platform) },
  ],
  signedContent: {
    Lot: async (manager, id) => {
      const lot = await manager.findOneBy(LotEntity, { id });
      return lot ? { version: lot.version, content: lotSignedContent(lot) } : null;
    },
  },
};
