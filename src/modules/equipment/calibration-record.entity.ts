import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalibrationResult } from './equipment.enums';

/** One calibration, append-only (a trigger refuses UPDATE and DELETE). */
@Entity('calibration_record')
export class CalibrationRecordEntity {
  static readonly typeName = 'CalibrationRecord';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'equipment_id' })
  equipmentId: string;

  @Column('date', { name: 'performed_on' })
  performedOn: string;

  @Column('text', { name: 'performed_by' })
  performedBy: string;

  @Column('text', { name: 'reference_standard' })
  referenceStandard: string;

  @Column('text', { name: 'as_found' })
  asFound: string;

  @Column('text', { name: 'as_left' })
  asLeft: string;

  @Column('text')
  result: CalibrationResult;

  @Column('text', { name: 'certificate_ref', nullable: true })
  certificateRef: string | null;

  @Column('date', { name: 'next_due_on', nullable: true })
  nextDueOn: string | null;

  @Column('text', { name: 'recorded_by' })
  recordedBy: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}
