import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds, loadChildrenByIds } from '../../core/graphql/authorized-query';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEntity } from './webhook.entities';
import { WebhookFieldsResolver, WebhookResolver } from './webhook.resolver';
import { WEBHOOK_SPEC } from './webhook.table';
import { WebhookWorker } from './webhook-worker';

export const webhooksModule: ModuleDefinition = {
  name: 'webhooks',
  resolvers: [WebhookResolver, WebhookFieldsResolver],
  entities: [WebhookEntity, WebhookDeliveryEntity, WebhookAttemptEntity],
  nodes: {
    wh: (ctx, ids) => loadByIds(ctx, WEBHOOK_SPEC, ids),
    whd: (ctx, ids) => loadChildrenByIds(ctx, { entity: WebhookDeliveryEntity, alias: 'whd', parentColumn: 'webhook_id', parent: WEBHOOK_SPEC }, ids),
  },
  workers: [
    (platform) => {
      const worker = new WebhookWorker(platform, platform.config.webhooks);
      worker.start();
      return worker;
    },
  ],
};
