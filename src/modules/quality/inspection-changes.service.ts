import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { EventMapping } from '../../core/events/event-subscription';
import { authorizedStream, rehydrate } from '../../core/events/authorized-stream';
import { allOf, oneOf, payloadText, readableSnapshots } from '../../core/events/event-scope';
import { InspectionEntity } from './inspection.entities';
import { INSPECTION_COMPLETED } from './inspection.service';
import type { InspectionVerdict } from './quality.enums';
import type { InspectionCompletedEvent, InspectionCompletedFilter } from './inspection-events.types';

/** Completed inspections the subscriber may read, filtered by lot and verdict. */
export function inspectionCompletions(ctx: RequestContext, filter: InspectionCompletedFilter = {}, after?: string | null): AsyncIterableIterator<InspectionCompletedEvent> {
  assertCan(ctx, 'read', 'Inspection');
  return authorizedStream(ctx, [INSPECTION_COMPLETED], inspectionCompletionFor(ctx, filter), after, () =>
    allOf(readableSnapshots(ctx, 'Inspection'), oneOf('lotIds', payloadText(['lotId']), filter.lotIds), oneOf('verdicts', payloadText(['verdict']), filter.verdicts)),
  );
}

/** One committed event as this subscription shows it to `ctx`'s reader, or null (not theirs, or filtered out). */
export function inspectionCompletionFor(ctx: RequestContext, filter: InspectionCompletedFilter = {}): EventMapping<InspectionCompletedEvent> {
  return (event) => {
    const payload = event.payload as { verdict: InspectionVerdict; lotId: string; record: Record<string, unknown> };
    const inspection = rehydrate(InspectionEntity, payload.record, ['createdAt', 'updatedAt', 'startedAt', 'completedAt']);
    if (filter.lotIds && !filter.lotIds.includes(payload.lotId)) return null;
    if (filter.verdicts && !filter.verdicts.includes(payload.verdict)) return null;
    if (!canOn(ctx, 'read', 'Inspection', inspection)) return null;
    return { eventId: event.id, verdict: payload.verdict, lotId: payload.lotId, occurredAt: event.occurredAt, inspection };
  };
}
