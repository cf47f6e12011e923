import type { DomainEvent } from '../../core/events/domain-event';
import type { CapaActionEntity, CapaEntity } from './capa.entity';
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

export const CAPA_ACTION_CHANGED = 'CapaActionChanged';

export interface CapaActionChangedPayload extends Record<string, unknown> {
  change: 'ADDED' | 'COMPLETED';
  capaId: string;
  record: Record<string, unknown>;
}

/** An action item was planned or done: partner task lists follow its owner and due date. */
export function capaActionChangedEvent(change: CapaActionChangedPayload['change'], action: CapaActionEntity): DomainEvent<CapaActionChangedPayload> {
  return { type: CAPA_ACTION_CHANGED, aggregateType: 'CapaAction', aggregateId: action.id, payload: { change, capaId: action.capaId, record: { ...action } } };
}
