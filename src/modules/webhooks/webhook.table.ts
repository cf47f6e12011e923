import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import type { EntitySpec } from '../../core/graphql/authorized-query';
import { WebhookEntity } from './webhook.entities';
import type { WebhookAttempt } from './webhook.types';
import { attemptView, type AttemptRow } from './webhook-attempt-outcome';
import { leaseLapsed } from './webhook-sender-heartbeat';

export const WEBHOOK_SPEC: EntitySpec<WebhookEntity> = { entity: WebhookEntity, subject: 'Webhook', alias: 'wh', columns: { id: 'id', ownerSubject: 'owner_subject', status: 'status' } };

/**
 * The attempt log of a page of deliveries, in one statement (the deliveries were authorized
 * already): a line without an outcome is in flight while its delivery's lease still binds.
 */
export function attemptLogLoader(ctx: RequestContext): DataLoader<string, WebhookAttempt[]> {
  return ctx.loaders.get(
    'webhook.attempts',
    () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows: (AttemptRow & { delivery_id: string })[] = await ctx.manager.query(
          `SELECT wa.delivery_id, wa.attempt, wa.attempted_at, wa.status_code, wa.error, wa.duration_ms,
         (wa.duration_ms IS NULL AND d.status = 'PENDING' AND d.attempts = wa.attempt AND d.leased_until IS NOT NULL
           AND NOT ${leaseLapsed('d', ctx.platform.config.webhooks.leaseMs)}) AS in_flight
       FROM webhook_attempt wa JOIN webhook_delivery d ON d.id = wa.delivery_id
       WHERE wa.delivery_id = ANY($1) ORDER BY wa.delivery_id, wa.attempt`,
          [[...ids]],
        );
        return ids.map((id) => rows.filter((r) => r.delivery_id === id).map(attemptView));
      }),
  );
}
