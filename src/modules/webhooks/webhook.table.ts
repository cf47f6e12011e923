import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import type { EntitySpec } from '../../core/graphql/authorized-query';
import { WebhookAttemptEntity, WebhookEntity } from './webhook.entities';

export const WEBHOOK_SPEC: EntitySpec<WebhookEntity> = { entity: WebhookEntity, subject: 'Webhook', alias: 'wh', columns: { id: 'id', ownerSubject: 'owner_subject', status: 'status' } };

/** The attempt log of a page of deliveries, in one statement (the deliveries were authorized already). */
export function attemptLogLoader(ctx: RequestContext): DataLoader<string, WebhookAttemptEntity[]> {
  return ctx.loaders.get('webhook.attempts', () => new DataLoader(async (ids: readonly string[]) => {
    const rows = await ctx.manager.createQueryBuilder(WebhookAttemptEntity, 'wa')
      .where('wa.delivery_id = ANY(:ids)', { ids: [...ids] }).orderBy('wa.delivery_id').addOrderBy('wa.attempt').getMany();
    return ids.map((id) => rows.filter((r) => r.deliveryId === id));
  }));
}
