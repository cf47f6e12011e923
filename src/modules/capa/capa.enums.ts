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

registerEnumType(CapaStatus, {
  name: 'CapaStatus',
  description: 'The CAPA lifecycle (ISO 13485 8.5.2, 8.5.3).',
  valuesConfig: {
    CANCELLED: { description: 'Cancelled from an early state with a justification.' },
    CLOSED: { description: 'Closed: effectiveness criterion met, signed (CLOSED).' },
    CLOSED_NO_ACTION: { description: 'Closed at triage with a signed justification that no action is needed.' },
    DRAFT: { description: 'Opened, not yet triaged.' },
    EFFECTIVENESS_CHECK: { description: 'Actions verified; checking the effectiveness criterion.' },
    IMPLEMENTATION: { description: 'Plan approved and signed by someone other than the owner; actions being done.' },
    INVESTIGATION: { description: 'Owner, risk and containment set; root cause being investigated.' },
    PLAN_APPROVAL: { description: 'Root cause and affected scope recorded; plan awaiting approval.' },
    TRIAGE: { description: 'Being assessed: act or close with no action.' },
    VERIFICATION: { description: 'All actions done; being verified.' },
  },
});
registerEnumType(CapaRisk, {
  name: 'CapaRisk',
  description: 'Risk of the problem a CAPA addresses.',
  valuesConfig: { HIGH: { description: 'High risk.' }, LOW: { description: 'Low risk.' }, MEDIUM: { description: 'Medium risk.' } },
});
registerEnumType(CapaActionStatus, {
  name: 'CapaActionStatus',
  description: 'Status of a CAPA action.',
  valuesConfig: { DONE: { description: 'Completed.' }, OPEN: { description: 'Not yet completed.' } },
});
