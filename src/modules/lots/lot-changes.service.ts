import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { EventMapping } from '../../core/events/event-subscription';
import { authorizedStream, rehydrate } from '../../core/events/authorized-stream';
import { allOf, oneOf, payloadText, readableSnapshots } from '../../core/events/event-scope';
import { LotEntity } from './lot.entity';
import type { LotStatus } from './lot.enums';
import { LOT_STATUS_CHANGED, type LotStatusChangedPayload } from './lot.events';
import type { LotStatusChangedEvent, LotStatusChangedFilter } from './lot-subscription.types';

/** Committed lot status changes for one subscriber: a SUPPLIER hears only about lots it supplied. */
export function lotStatusChanges(ctx: RequestContext, filter: LotStatusChangedFilter = {}, after?: string | null): AsyncIterableIterator<LotStatusChangedEvent> {
  assertCan(ctx, 'read', 'Lot');
  return authorizedStream(ctx, [LOT_STATUS_CHANGED], lotStatusChangeFor(ctx, filter), after, () =>
    allOf(
      readableSnapshots(ctx, 'Lot'),
      oneOf('lotIds', payloadText(['record', 'id']), filter.lotIds),
      oneOf('materialIds', payloadText(['record', 'materialId']), filter.materialIds),
      oneOf('statuses', payloadText(['status']), filter.statuses),
    ),
  );
}

/** One committed event as this subscription shows it to `ctx`'s reader, or null (not theirs, or filtered out). */
export function lotStatusChangeFor(ctx: RequestContext, filter: LotStatusChangedFilter = {}): EventMapping<LotStatusChangedEvent> {
  return (event) => {
    const payload = event.payload as LotStatusChangedPayload;
    const lot = rehydrate(LotEntity, payload.record, ['createdAt', 'updatedAt', 'releasedAt']);
    if (filter.lotIds && !filter.lotIds.includes(lot.id)) return null;
    if (filter.materialIds && !filter.materialIds.includes(lot.materialId)) return null;
    if (filter.statuses && !filter.statuses.includes(payload.status)) return null;
    if (!canOn(ctx, 'read', 'Lot', lot)) return null;
    return { eventId: event.id, previousStatus: payload.previousStatus as LotStatus | null, status: payload.status, reason: payload.reason, occurredAt: event.occurredAt, lot };
  };
}
