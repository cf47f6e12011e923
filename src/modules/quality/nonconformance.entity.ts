import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { Disposition, NonconformanceSource, NonconformanceStatus } from './quality.enums';

/** A nonconformance (ISO 13485 8.3) on one or more lots, raised by an inspection, calibration or complaint. */
@Entity('nonconformance')
export class NonconformanceEntity extends LifecycleColumns {
  static readonly typeName = 'Nonconformance';

  @PrimaryColumn('text') id: string;
  @Column('text') status: NonconformanceStatus;
  @Column('text') source: NonconformanceSource;
  @Column('text') description: string;
  @Column('text', { name: 'lot_ids', array: true }) lotIds: string[];
  @Column('text', { name: 'inspection_id', nullable: true }) inspectionId: string | null;
  @Column('text', { name: 'equipment_id', nullable: true }) equipmentId: string | null;
  /** The supplier the nonconformance is raised against (its lots all came from it); null for in-house causes. */
  @Column('text', { name: 'supplier_id', nullable: true }) supplierId: string | null;
  @Column('text', { name: 'opened_by' }) openedBy: string;
  /** Token subject of whoever opened it; they may not approve its disposition. */
  @Column('text', { name: 'opened_by_subject', nullable: true }) openedBySubject: string | null;
  @Column('text', { name: 'review_summary', nullable: true }) reviewSummary: string | null;
  @Column('text', { name: 'reviewed_by', nullable: true }) reviewedBy: string | null;
  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  @Column('text', { nullable: true }) disposition: Disposition | null;
  @Column('text', { name: 'disposition_justification', nullable: true }) dispositionJustification: string | null;
  @Column('text', { name: 'dispositioned_by', nullable: true }) dispositionedBy: string | null;
  @Column('timestamptz', { name: 'dispositioned_at', nullable: true }) dispositionedAt: Date | null;
  @Column('text', { name: 'concession_id', nullable: true }) concessionId: string | null;
  @Column('text', { name: 'closed_by', nullable: true }) closedBy: string | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
}

export const NONCONFORMANCE_AUDITED_FIELDS = [
  'status',
  'source',
  'description',
  'lotIds',
  'inspectionId',
  'equipmentId',
  'supplierId',
  'reviewSummary',
  'reviewedBy',
  'disposition',
  'dispositionJustification',
  'dispositionedBy',
  'concessionId',
  'closedBy',
  'closedAt',
  'customFields',
] as const satisfies readonly (keyof NonconformanceEntity)[];

/** What a disposition or closure signature covers. */
export function nonconformanceSignedContent(nc: NonconformanceEntity): Record<string, unknown> {
  const { status, source, description, lotIds, supplierId, reviewSummary, disposition, dispositionJustification, concessionId } = nc;
  return { status, source, description, lotIds, supplierId, reviewSummary, disposition, dispositionJustification, concessionId };
}
