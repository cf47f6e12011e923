import type { Platform } from '../../core/platform';

/** The last_error of a delivery given up because its webhook's owner was deactivated. */
export const OWNER_DEACTIVATED = 'owner deactivated';

/**
 * Gives up the due deliveries of webhooks whose provisioned owner is no longer ACTIVE: their
 * bodies were cut to what the owner could read when the event came, and a deactivated owner
 * gets nothing more. A delivery leased to a sender mid-send is left to that sender; it comes due
 * again afterwards (or when the lease lapses) and is given up then. Answers how many it gave up.
 */
export async function failDeliveriesOfDeactivatedOwners(platform: Platform): Promise<number> {
  const [failed] = (await platform.dataSource.query(
    `UPDATE webhook_delivery d SET status = 'FAILED', last_error = $1, next_attempt_at = NULL, leased_until = NULL
     FROM webhook w JOIN app_user u ON u.subject = w.owner_subject
     WHERE w.id = d.webhook_id AND w.status = 'ACTIVE' AND u.status <> 'ACTIVE'
       AND d.status = 'PENDING' AND d.next_attempt_at <= now() AND (d.leased_until IS NULL OR d.leased_until <= now())
     RETURNING d.id, d.webhook_id`,
    [OWNER_DEACTIVATED],
  )) as [{ id: string; webhook_id: string }[], number];
  for (const delivery of failed) platform.log.warn({ delivery: delivery.id, webhook: delivery.webhook_id }, 'webhook delivery given up: owner deactivated');
  return failed.length;
}
