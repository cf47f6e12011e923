import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { CapaActionStatus, CapaRisk, CapaStatus } from './capa.enums';

/** A corrective or preventive action (纠正预防措施), from triage to its effectiveness check. */
@Entity('capa')
export class CapaEntity extends LifecycleColumns {
  static readonly typeName = 'Capa';

  @PrimaryColumn('text') id: string;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text') status: CapaStatus;
  @Column('text', { name: 'nonconformance_ids', array: true }) nonconformanceIds: string[];
  /** Target date for closure; past it the CAPA is overdue. */
  @Column('date', { name: 'due_on' }) dueOn: string;
  /** The user responsible (app_user id); may not approve the plan. */
  @Column('text', { name: 'owner_id', nullable: true }) ownerId: string | null;
  @Column('text', { nullable: true }) risk: CapaRisk | null;
  @Column('text', { nullable: true }) containment: string | null;
  @Column('text', { name: 'root_cause', nullable: true }) rootCause: string | null;
  @Column('text', { name: 'affected_scope', nullable: true }) affectedScope: string | null;
  @Column('text', { name: 'effectiveness_criterion', nullable: true }) effectivenessCriterion: string | null;
  @Column('text', { name: 'effectiveness_result', nullable: true }) effectivenessResult: string | null;
  @Column('text', { nullable: true }) justification: string | null;
  @Column('text', { name: 'opened_by' }) openedBy: string;
  @Column('text', { name: 'opened_by_subject' }) openedBySubject: string;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
}

/** One action item of a CAPA's plan, with its owner and due date. */
@Entity('capa_action')
export class CapaActionEntity extends LifecycleColumns {
  static readonly typeName = 'CapaAction';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'capa_id' }) capaId: string;
  @Column('integer') seq: number;
  @Column('text') description: string;
  @Column('text', { name: 'owner_id' }) ownerId: string;
  @Column('date', { name: 'due_on' }) dueOn: string;
  @Column('text') status: CapaActionStatus;
  @Column('text', { name: 'completed_by', nullable: true }) completedBy: string | null;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt: Date | null;
  @Column('text', { name: 'completion_note', nullable: true }) completionNote: string | null;
}

export const CAPA_AUDITED_FIELDS = [
  'title',
  'description',
  'status',
  'nonconformanceIds',
  'dueOn',
  'ownerId',
  'risk',
  'containment',
  'rootCause',
  'affectedScope',
  'effectivenessCriterion',
  'effectivenessResult',
  'justification',
  'closedAt',
  'customFields',
] as const satisfies readonly (keyof CapaEntity)[];

/** What a CAPA signature covers: the record and its action plan (not the actions' progress). */
export function capaSignedContent(capa: CapaEntity, actions: CapaActionEntity[]): Record<string, unknown> {
  const { title, status, nonconformanceIds, dueOn, ownerId, risk, containment, rootCause, affectedScope, effectivenessCriterion, effectivenessResult, justification } = capa;
  return {
    title,
    status,
    nonconformanceIds,
    dueOn,
    ownerId,
    risk,
    containment,
    rootCause,
    affectedScope,
    effectivenessCriterion,
    effectivenessResult,
    justification,
    actions: actions.map(({ seq, description, ownerId: owner, dueOn: due }) => ({ seq, description, ownerId: owner, dueOn: due })),
  };
}
