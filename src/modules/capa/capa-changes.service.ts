import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { EventMapping } from '../../core/events/event-subscription';
import { authorizedStream, rehydrate } from '../../core/events/authorized-stream';
import { allOf, oneOf, payloadText, readableSnapshots } from '../../core/events/event-scope';
import { CapaEntity } from './capa.entity';
import { CAPA_STATUS_CHANGED, type CapaStatusChangedPayload } from './capa.events';
import type { CapaStatusChangedEvent, CapaStatusChangedFilter } from './capa.types';

export function capaStatusChanges(ctx: RequestContext, filter: CapaStatusChangedFilter = {}, after?: string | null): AsyncIterableIterator<CapaStatusChangedEvent> {
  assertCan(ctx, 'read', 'Capa');
  return authorizedStream(ctx, [CAPA_STATUS_CHANGED], capaStatusChangeFor(ctx, filter), after, () =>
    allOf(readableSnapshots(ctx, 'Capa'), oneOf('capaIds', payloadText(['record', 'id']), filter.capaIds), oneOf('statuses', payloadText(['status']), filter.statuses)),
  );
}

/** One committed event as this subscription shows it to `ctx`'s reader, or null (not theirs, or filtered out). */
export function capaStatusChangeFor(ctx: RequestContext, filter: CapaStatusChangedFilter = {}): EventMapping<CapaStatusChangedEvent> {
  return (event) => {
    const payload = event.payload as CapaStatusChangedPayload;
    const capa = rehydrate(CapaEntity, payload.record, ['createdAt', 'updatedAt', 'closedAt']);
    if (filter.capaIds && !filter.capaIds.includes(capa.id)) return null;
    if (filter.statuses && !filter.statuses.includes(payload.status)) return null;
    if (!canOn(ctx, 'read', 'Capa', capa)) return null;
    return { eventId: event.id, previousStatus: payload.previousStatus, status: payload.status, reason: payload.reason, occurredAt: event.occurredAt, capa };
  };
}
