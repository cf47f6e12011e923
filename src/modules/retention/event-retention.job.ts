import type { Platform } from '../../core/platform';
import { pruneOutbox } from './outbox-retention';
import { pruneFinishedDeliveries } from '../webhooks/webhook-retention';

/** Finished webhook deliveries first (they refer to outbox events), then the outbox, both older than EVENT_RETENTION_DAYS. */
export async function pruneEvents(platform: Platform, now = new Date()): Promise<{ deliveries: number; events: number }> {
  const cutoff = new Date(now.getTime() - platform.config.eventRetentionDays * 86_400_000);
  const deliveries = await pruneFinishedDeliveries(platform.dataSource, cutoff);
  const events = await pruneOutbox(platform.dataSource, cutoff);
  if (deliveries + events > 0) platform.log.info({ deliveries, events, cutoff }, 'event retention');
  return { deliveries, events };
}
