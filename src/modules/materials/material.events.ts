import type { DomainEvent } from '../../core/events/domain-event';
import type { MaterialEntity } from './material.entity';

export const MATERIAL_CHANGED = 'MaterialChanged';

export type MaterialChangeKind = 'CREATED' | 'UPDATED' | 'STATUS_CHANGED';

export interface MaterialChangedPayload extends Record<string, unknown> {
  kind: MaterialChangeKind;
  changedFields: string[];
  /** The record as committed; subscribers are authorized against it. */
  record: Record<string, unknown>;
}

export function materialChangedEvent(kind: MaterialChangeKind, material: MaterialEntity, changedFields: readonly string[]): DomainEvent<MaterialChangedPayload> {
  return {
    type: MATERIAL_CHANGED,
    aggregateType: 'Material',
    aggregateId: material.id,
    payload: { kind, changedFields: [...changedFields], record: { ...material } },
  };
}
