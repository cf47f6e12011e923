import type { DomainEvent } from '../../core/events/domain-event';
import type { CustomerEntity } from './customer.entity';

export const CUSTOMER_CHANGED = 'CustomerChanged';

export function customerChangedEvent(kind: 'CREATED' | 'UPDATED', customer: CustomerEntity, changedFields: readonly string[]): DomainEvent {
  return {
    type: CUSTOMER_CHANGED,
    aggregateType: 'Customer',
    aggregateId: customer.id,
    payload: { kind, changedFields: [...changedFields], record: { ...customer } },
  };
}
