import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { EventMapping } from '../../core/events/event-subscription';
import { authorizedStream, rehydrate } from '../../core/events/authorized-stream';
import { allOf, oneOf, payloadText, readableSnapshots } from '../../core/events/event-scope';
import { SupplierEntity } from './supplier.entity';
import { SUPPLIER_QUALIFICATION_CHANGED, type SupplierQualificationChangedPayload } from './supplier.events';
import type { SupplierQualificationChangedEvent, SupplierQualificationChangedFilter } from './supplier.types';

/** Committed qualification changes for one subscriber: a SUPPLIER account hears only about itself. */
export function qualificationChanges(ctx: RequestContext, filter: SupplierQualificationChangedFilter = {}, after?: string | null): AsyncIterableIterator<SupplierQualificationChangedEvent> {
  assertCan(ctx, 'read', 'Supplier');
  return authorizedStream(ctx, [SUPPLIER_QUALIFICATION_CHANGED], qualificationChangeFor(ctx, filter), after, () =>
    allOf(readableSnapshots(ctx, 'Supplier'), oneOf('supplierIds', payloadText(['record', 'id']), filter.supplierIds)),
  );
}

/** One committed event as this subscription shows it to `ctx`'s reader, or null (not theirs, or filtered out). */
export function qualificationChangeFor(ctx: RequestContext, filter: SupplierQualificationChangedFilter = {}): EventMapping<SupplierQualificationChangedEvent> {
  return (event) => {
    const payload = event.payload as SupplierQualificationChangedPayload;
    const supplier = rehydrate(SupplierEntity, payload.record, ['createdAt', 'updatedAt', 'qualifiedAt']);
    if (filter.supplierIds && !filter.supplierIds.includes(supplier.id)) return null;
    if (!canOn(ctx, 'read', 'Supplier', supplier)) return null;
    return {
      eventId: event.id,
      previousStatus: payload.previousStatus,
      status: payload.status,
      expiresOn: payload.expiresOn,
      reason: payload.reason,
      occurredAt: event.occurredAt,
      supplier,
    };
  };
}
