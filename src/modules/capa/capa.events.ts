import type { DomainEvent } from '../../core/events/domain-event';
import type { CapaEntity } from './capa.entity';
import type { CapaStatus } from './capa.enums';

export const CAPA_STATUS_CHANGED = 'CapaStatusChanged';

export interface CapaStatusChangedPayload extends Record<string, unknown> {
  previousStatus: CapaStatus | null;
  status: CapaStatus;
  reason: string;
  record: Record<string, unknown>;
}

export function capaStatusChangedEvent(previousStatus: CapaStatus | null, capa: CapaEntity, reason: string): DomainEvent<CapaStatusChangedPayload> {
  return { type: CAPA_STATUS_CHANGED, aggregateType: 'Capa', aggregateId: capa.id, payload: { previousStatus, status: capa.status, reason, record: { ...capa } } };
}
