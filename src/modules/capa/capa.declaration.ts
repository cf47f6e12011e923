import { ID } from 'type-graphql';
import { declareEntity } from '../../core/entities/declare-entity';
import { anyOfFilter, overlapsFilter, type FilterKind } from '../../core/entities/filter-kinds';
import { SortDirection } from '../../core/graphql/connection';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars';
import { todayUtc } from '../../core/dates';
import { CapaEntity } from './capa.entity';
import { CapaRisk, CapaStatus, FINISHED_CAPA } from './capa.enums';

/** Past its due date, or with an open action past its own, today (UTC); false: neither. */
const overdueFilter: FilterKind<boolean> = {
  input: () => Boolean,
  description: 'Past its due date, or with an open action past its own (today, UTC).',
  reads: ['status', 'dueOn'],
  condition: (a, overdue) => {
    const sql = `(${a}.status <> ALL(:f_finished) AND (${a}.due_on < :f_today OR EXISTS (SELECT 1 FROM capa_action oa WHERE oa.capa_id = ${a}.id AND oa.status = 'OPEN' AND oa.due_on < :f_today)))`;
    return { sql: overdue ? sql : `NOT ${sql}`, params: { f_finished: FINISHED_CAPA, f_today: todayUtc() } };
  },
};

/** CAPA: its GraphQL type, list (newest first), loader and compiled reads, with its plan's actions. */
export const CAPA = declareEntity<CapaEntity>({
  type: 'Capa',
  description: 'A corrective or preventive action (ISO 13485 8.5.2, 8.5.3).',
  entity: CapaEntity,
  alias: 'capa',
  idPrefix: 'capa',
  idDescription: 'Opaque global id (prefix capa_), stable forever; pass it to node(id:) or nodes(ids:).',
  ruleColumns: { id: 'id', status: 'status', ownerId: 'owner_id', openedBySubject: 'opened_by_subject' },
  fields: {
    title: { type: () => String, description: 'Short title.' },
    description: { type: () => String, description: 'The problem, as described when the CAPA was opened.' },
    status: { type: () => CapaStatus, description: 'Lifecycle status.' },
    nonconformanceIds: { type: () => [ID], description: 'The nonconformances it was raised from.' },
    dueOn: { type: () => DateScalar, description: 'Target date for closure; past it the CAPA is overdue.' },
    ownerId: { type: () => ID, nullable: true, description: 'The responsible user, named on entering INVESTIGATION.' },
    risk: { type: () => CapaRisk, nullable: true, description: 'Assessed risk, set on entering INVESTIGATION; null before.' },
    containment: { type: () => String, nullable: true, description: 'Immediate containment of the problem.' },
    rootCause: { type: () => String, nullable: true, description: 'Root cause, set on entering PLAN_APPROVAL; null before.' },
    affectedScope: { type: () => String, nullable: true, description: 'Products, lots, processes affected.' },
    effectivenessCriterion: { type: () => String, nullable: true, description: 'How effectiveness will be judged.' },
    effectivenessResult: { type: () => String, nullable: true, description: 'What the effectiveness check found.' },
    justification: { type: () => String, nullable: true, description: 'Why it was closed without action or cancelled.' },
    openedBy: { type: () => String, description: 'Printed name of who opened it.' },
    closedAt: { type: () => DateTimeScalar, nullable: true, description: 'When it was closed, closed without action or cancelled.' },
  },
  relations: { actions: { kind: 'many', type: 'CapaAction', parentKey: 'capaId', order: [{ property: 'seq', direction: SortDirection.ASC }] } },
  list: {
    field: 'capas',
    noun: ['CAPA', 'CAPAs'],
    filterDescription: 'Narrows CAPAs; every given criterion must match.',
    filters: {
      status: anyOfFilter('status', 'status', () => CapaStatus, 'Only records in one of these statuses.'),
      nonconformanceIds: overlapsFilter('nonconformanceIds', 'nonconformance_ids', () => ID, 'Raised from any of these nonconformances.'),
      overdue: overdueFilter as FilterKind<never>,
    },
    fixedOrder: { property: 'createdAt', column: 'created_at', direction: SortDirection.DESC },
  },
});
