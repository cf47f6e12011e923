import type { DomainEvent } from '../../core/events/domain-event';
import type { CustomerEntity } from './customer.entity';

export const CUSTOMER_CHANGED = 'CustomerChanged';

export type CustomerChangeKind = 'CREATED' | 'UPDATED' | 'STATUS_CHANGED';

export interface CustomerChangedPayload extends Record<string, unknown> {
  kind: CustomerChangeKind;
  changedFields: string[];
  /** The record as committed; subscribers and webhooks are authorized against it. */
  record: Record<string, unknown>;
}

export function customerChangedEvent(kind: CustomerChangeKind, customer: CustomerEntity, changedFields: readonly string[]): DomainEvent<CustomerChangedPayload> {
  return {
    type: CUSTOMER_CHANGED,
    aggregateType: 'Customer',
    aggregateId: customer.id,
    payload: { kind, changedFields: [...changedFields], record: { ...customer } },
  };
}
