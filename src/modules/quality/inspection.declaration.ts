import { ID } from 'type-graphql';
import { declareEntity } from '../../core/entities/declare-entity';
import { anyOfFilter } from '../../core/entities/filter-kinds';
import { SortDirection } from '../../core/graphql/connection';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { InspectionEntity } from './inspection.entities';
import { InspectionVerdict } from './quality.enums';

/** Inspection: its GraphQL type, list (latest started first), loader and compiled reads. */
export const INSPECTION = declareEntity<InspectionEntity>({
  type: 'Inspection',
  description: 'An inspection of a lot against a plan version.',
  entity: InspectionEntity,
  alias: 'ins',
  idPrefix: 'ins',
  idDescription: 'Opaque global id (prefix ins_), stable forever; pass it to node(id:) or nodes(ids:).',
  ruleColumns: { id: 'id', lotId: 'lot_id', supplierId: 'supplier_id' },
  fields: {
    lotId: { type: () => ID, description: 'Global id of the inspected lot.' },
    planId: { type: () => ID, description: 'Global id of the inspection plan version used.' },
    status: { type: () => String, description: 'IN_PROGRESS or COMPLETED.' },
    verdict: { type: () => InspectionVerdict, nullable: true, description: 'Computed from the readings on completion.' },
    inspectorName: {
      type: () => String,
      nullable: true,
      description: 'Printed name of the inspector: who started it, or for one opened by a goods receipt, who recorded its first reading (null until then).',
    },
    startedAt: { type: () => DateTimeScalar, description: 'Server UTC time it was started.' },
    completedAt: { type: () => DateTimeScalar, nullable: true, description: 'Server UTC time it was completed; null while IN_PROGRESS.' },
    completedBy: { type: () => String, nullable: true, description: 'Printed name of who completed it; null while in progress.' },
  },
  list: {
    field: 'inspections',
    noun: ['inspection', 'inspections'],
    filterDescription: 'Criteria for listing inspections: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter.',
    filters: {
      lotIds: anyOfFilter('lotId', 'lot_id', () => ID, 'Only records of one of these lots (global ids).'),
      verdicts: anyOfFilter('verdict', 'verdict', () => InspectionVerdict, 'Only completed inspections with one of these verdicts.'),
    },
    fixedOrder: { property: 'startedAt', column: 'started_at', direction: SortDirection.DESC },
  },
});
