import type { DomainEvent } from '../../core/events/domain-event';
import type { MaterialSupplierEntity } from './material-supplier.entity';

export const MATERIAL_SUPPLIER_CHANGED = 'MaterialSupplierChanged';

export function materialSupplierChangedEvent(entry: MaterialSupplierEntity, changedFields: readonly string[]): DomainEvent {
  return {
    type: MATERIAL_SUPPLIER_CHANGED,
    aggregateType: 'MaterialSupplier',
    aggregateId: entry.id,
    payload: { changedFields: [...changedFields], record: { ...entry } },
  };
}
