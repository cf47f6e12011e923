import type { DomainEvent } from '../../core/events/domain-event';
import type { LotEntity } from './lot.entity';
import type { LotStatus } from './lot.enums';

export const LOT_STATUS_CHANGED = 'LotStatusChanged';

export interface LotStatusChangedPayload extends Record<string, unknown> {
  previousStatus: LotStatus | null;
  status: LotStatus;
  reason: string | null;
  record: Record<string, unknown>;
}

/** Emitted on receipt (previousStatus null) and on every lifecycle transition. */
export function lotStatusChangedEvent(previousStatus: LotStatus | null, lot: LotEntity, reason: string | null): DomainEvent<LotStatusChangedPayload> {
  return {
    type: LOT_STATUS_CHANGED,
    aggregateType: 'Lot',
    aggregateId: lot.id,
    payload: { previousStatus, status: lot.status, reason, record: { ...lot } },
  };
}
