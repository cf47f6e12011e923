import type { DomainEvent } from '../../core/events/domain-event';
import type { SupplierEntity } from './supplier.entity';
import type { QualificationStatus } from './supplier.enums';

export const SUPPLIER_CHANGED = 'SupplierChanged';
export const SUPPLIER_QUALIFICATION_CHANGED = 'SupplierQualificationChanged';

export interface SupplierQualificationChangedPayload extends Record<string, unknown> {
  previousStatus: QualificationStatus;
  status: QualificationStatus;
  expiresOn: string | null;
  reason: string;
  record: Record<string, unknown>;
}

export function supplierChangedEvent(kind: 'CREATED' | 'UPDATED', supplier: SupplierEntity, changedFields: readonly string[]): DomainEvent {
  return {
    type: SUPPLIER_CHANGED,
    aggregateType: 'Supplier',
    aggregateId: supplier.id,
    payload: { kind, changedFields: [...changedFields], record: { ...supplier } },
  };
}

export function qualificationChangedEvent(previousStatus: QualificationStatus, supplier: SupplierEntity, reason: string): DomainEvent<SupplierQualificationChangedPayload> {
  return {
    type: SUPPLIER_QUALIFICATION_CHANGED,
    aggregateType: 'Supplier',
    aggregateId: supplier.id,
    payload: {
      previousStatus,
      status: supplier.qualificationStatus,
      expiresOn: supplier.qualificationExpiresOn,
      reason,
      record: { ...supplier },
    },
  };
}
