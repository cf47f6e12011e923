import { ID } from 'type-graphql';
import { declareEntity } from '../../core/entities/declare-entity';
import { anyOfFilter, overlapsFilter } from '../../core/entities/filter-kinds';
import { SortDirection } from '../../core/graphql/connection';
import { DateTimeScalar } from '../../core/graphql/scalars';
import { NonconformanceEntity } from './nonconformance.entity';
import { Disposition, NonconformanceSource, NonconformanceStatus } from './quality.enums';

/** Nonconformance: its GraphQL type, list (newest first), loader and compiled reads (a SUPPLIER reads those raised against it). */
export const NONCONFORMANCE = declareEntity<NonconformanceEntity>({
  type: 'Nonconformance',
  description: 'A nonconformance on one or more lots (ISO 13485 8.3): OPEN → UNDER_REVIEW → DISPOSITIONED → CLOSED.',
  entity: NonconformanceEntity,
  alias: 'nc',
  idPrefix: 'nc',
  idDescription: 'Opaque global id (prefix nc_), stable forever; pass it to node(id:) or nodes(ids:).',
  ruleColumns: { id: 'id', supplierId: 'supplier_id' },
  fields: {
    status: { type: () => NonconformanceStatus, description: 'Lifecycle status.' },
    source: { type: () => NonconformanceSource, description: 'What raised the nonconformance.' },
    description: { type: () => String, description: 'What is wrong.' },
    lotIds: { type: () => [ID], description: 'The nonconforming lots.' },
    inspectionId: { type: () => ID, nullable: true, description: 'The inspection that raised it.' },
    equipmentId: { type: () => ID, nullable: true, description: 'The equipment whose failed calibration raised it.' },
    supplierId: { type: () => ID, nullable: true, description: 'The supplier it is raised against; null for in-house causes.' },
    openedBy: { type: () => String, description: 'Printed name of who opened it.' },
    reviewSummary: { type: () => String, nullable: true, description: 'What the review found.' },
    reviewedBy: { type: () => String, nullable: true, description: 'Printed name of the reviewer.' },
    reviewedAt: { type: () => DateTimeScalar, nullable: true, description: 'Server UTC time the review started; null before.' },
    disposition: { type: () => Disposition, nullable: true, description: 'What was decided for the lots.' },
    dispositionJustification: { type: () => String, nullable: true, description: 'Why that disposition.' },
    dispositionedBy: { type: () => String, nullable: true, description: "Printed name of the disposition's signer." },
    dispositionedAt: { type: () => DateTimeScalar, nullable: true, description: 'Server UTC time of the disposition; null before.' },
    concessionId: { type: () => ID, nullable: true, description: 'The concession of a USE_AS_IS disposition.' },
    closedBy: { type: () => String, nullable: true, description: 'Printed name of who signed the closure.' },
    closedAt: { type: () => DateTimeScalar, nullable: true, description: 'Server UTC time it was closed; null before.' },
  },
  list: {
    field: 'nonconformances',
    noun: ['nonconformance', 'nonconformances'],
    filterDescription: 'Narrows nonconformances; every given criterion must match.',
    filters: {
      lotIds: overlapsFilter('lotIds', 'lot_ids', () => ID, 'Listing any of these lots.'),
      status: anyOfFilter('status', 'status', () => NonconformanceStatus, 'Only records in one of these statuses.'),
      sources: anyOfFilter('source', 'source', () => NonconformanceSource, 'Only nonconformances raised by one of these sources.'),
      supplierIds: anyOfFilter('supplierId', 'supplier_id', () => ID, 'Raised against any of these suppliers.'),
      dispositions: anyOfFilter('disposition', 'disposition', () => Disposition, 'Only nonconformances dispositioned one of these ways.'),
    },
    fixedOrder: { property: 'createdAt', column: 'created_at', direction: SortDirection.DESC },
  },
});
