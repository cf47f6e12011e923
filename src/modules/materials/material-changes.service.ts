import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { EventMapping } from '../../core/events/event-subscription';
import { authorizedStream, rehydrate } from '../../core/events/authorized-stream';
import { allOf, oneOf, payloadText, readableSnapshots } from '../../core/events/event-scope';
import { MaterialEntity } from './material.entity';
import { MATERIAL_CHANGED, type MaterialChangedPayload } from './material.events';
import type { MaterialChangedEvent, MaterialChangedFilter } from './material-changed.types';

/** Committed material changes for one subscriber: only materials it may read, matching its filter. */
export function materialChanges(ctx: RequestContext, filter: MaterialChangedFilter = {}, after?: string | null): AsyncIterableIterator<MaterialChangedEvent> {
  assertCan(ctx, 'read', 'Material');
  return authorizedStream(ctx, [MATERIAL_CHANGED], materialChangeFor(ctx, filter), after, () =>
    allOf(readableSnapshots(ctx, 'Material'), oneOf('ids', payloadText(['record', 'id']), filter.ids), oneOf('kinds', payloadText(['kind']), filter.kinds)),
  );
}

/** One committed event as this subscription shows it to `ctx`'s reader, or null (not theirs, or filtered out). */
export function materialChangeFor(ctx: RequestContext, filter: MaterialChangedFilter = {}): EventMapping<MaterialChangedEvent> {
  return (event) => {
    const payload = event.payload as MaterialChangedPayload;
    const material = rehydrate(MaterialEntity, payload.record);
    if (filter.ids && !filter.ids.includes(material.id)) return null;
    if (filter.kinds && !filter.kinds.includes(payload.kind as never)) return null;
    if (!canOn(ctx, 'read', 'Material', material)) return null;
    return { eventId: event.id, kind: payload.kind, changedFields: payload.changedFields, occurredAt: event.occurredAt, material } as MaterialChangedEvent;
  };
}
