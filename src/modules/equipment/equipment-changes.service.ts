import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { EventMapping } from '../../core/events/event-subscription';
import { authorizedStream, rehydrate } from '../../core/events/authorized-stream';
import { allOf, oneOf, payloadText, readableSnapshots } from '../../core/events/event-scope';
import { EquipmentEntity } from './equipment.entity';
import { EQUIPMENT_STATUS_CHANGED, type EquipmentStatusChangedPayload } from './equipment.events';
import type { EquipmentStatusChangedEvent, EquipmentStatusChangedFilter } from './equipment.types';

export function equipmentStatusChanges(ctx: RequestContext, filter: EquipmentStatusChangedFilter = {}, after?: string | null): AsyncIterableIterator<EquipmentStatusChangedEvent> {
  assertCan(ctx, 'read', 'Equipment');
  return authorizedStream(ctx, [EQUIPMENT_STATUS_CHANGED], equipmentStatusChangeFor(ctx, filter), after, () =>
    allOf(readableSnapshots(ctx, 'Equipment'), oneOf('equipmentIds', payloadText(['record', 'id']), filter.equipmentIds), oneOf('siteIds', payloadText(['record', 'siteId']), filter.siteIds)),
  );
}

/** One committed event as this subscription shows it to `ctx`'s reader, or null (not theirs, or filtered out). */
export function equipmentStatusChangeFor(ctx: RequestContext, filter: EquipmentStatusChangedFilter = {}): EventMapping<EquipmentStatusChangedEvent> {
  return (event) => {
    const payload = event.payload as EquipmentStatusChangedPayload;
    const equipment = rehydrate(EquipmentEntity, payload.record);
    if (filter.equipmentIds && !filter.equipmentIds.includes(equipment.id)) return null;
    if (filter.siteIds && !filter.siteIds.includes(equipment.siteId)) return null;
    if (!canOn(ctx, 'read', 'Equipment', equipment)) return null;
    return { eventId: event.id, previousStatus: payload.previousStatus, status: payload.status, reason: payload.reason, occurredAt: event.occurredAt, equipment };
  };
}
