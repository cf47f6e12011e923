import { registerEnumType } from 'type-graphql';

export enum CapaStatus {
  DRAFT = 'DRAFT',
  TRIAGE = 'TRIAGE',
  CLOSED_NO_ACTION = 'CLOSED_NO_ACTION',
  INVESTIGATION = 'INVESTIGATION',
  PLAN_APPROVAL = 'PLAN_APPROVAL',
  IMPLEMENTATION = 'IMPLEMENTATION',
  VERIFICATION = 'VERIFICATION',
  EFFECTIVENESS_CHECK = 'EFFECTIVENESS_CHECK',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum CapaRisk {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export enum CapaActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

/** A CAPA in one of these is finished: no longer overdue, no more changes. */
export const FINISHED_CAPA: CapaStatus[] = [CapaStatus.CLOSED, CapaStatus.CLOSED_NO_ACTION, CapaStatus.CANCELLED];

registerEnumType(CapaStatus, { name: 'CapaStatus', description: 'The CAPA lifecycle (ISO 13485 8.5.2, 8.5.3).' });
registerEnumType(CapaRisk, { name: 'CapaRisk' });
registerEnumType(CapaActionStatus, { name: 'CapaActionStatus' });
