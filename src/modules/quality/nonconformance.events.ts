import type { DomainEvent } from '../../core/events/domain-event';
import type { NonconformanceEntity } from './nonconformance.entity';
import type { NonconformanceStatus } from './quality.enums';

export const NONCONFORMANCE_STATUS_CHANGED = 'NonconformanceStatusChanged';

export interface NonconformanceStatusChangedPayload extends Record<string, unknown> {
  previousStatus: NonconformanceStatus;
  status: NonconformanceStatus;
  reason: string;
  record: Record<string, unknown>;
}

export function nonconformanceStatusChangedEvent(previousStatus: NonconformanceStatus, nc: NonconformanceEntity, reason: string): DomainEvent<NonconformanceStatusChangedPayload> {
  return {
    type: NONCONFORMANCE_STATUS_CHANGED,
    aggregateType: 'Nonconformance',
    aggregateId: nc.id,
    payload: { previousStatus, status: nc.status, reason, record: { ...nc } },
  };
}
