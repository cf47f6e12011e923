import type { DomainEvent } from '../../core/events/domain-event';
import type { EquipmentEntity } from './equipment.entity';
import type { EquipmentStatus } from './equipment.enums';

export const EQUIPMENT_STATUS_CHANGED = 'EquipmentStatusChanged';

export interface EquipmentStatusChangedPayload extends Record<string, unknown> {
  previousStatus: EquipmentStatus | null;
  status: EquipmentStatus;
  reason: string | null;
  record: Record<string, unknown>;
}

/** Statuses as the API shows them (effective: past its due date, IN_SERVICE reads OUT_OF_CALIBRATION). */
export function equipmentStatusChangedEvent(previousStatus: EquipmentStatus | null, equipment: EquipmentEntity, reason: string | null): DomainEvent<EquipmentStatusChangedPayload> {
  return {
    type: EQUIPMENT_STATUS_CHANGED,
    aggregateType: 'Equipment',
    aggregateId: equipment.id,
    payload: { previousStatus, status: equipment.effectiveStatus, reason, record: { ...equipment } },
  };
}
