import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { CharacteristicKind, InspectionType, InspectionVerdict } from './quality.enums';

/** A versioned inspection plan of one material and inspection type. */
@Entity('inspection_plan')
export class InspectionPlanEntity extends LifecycleColumns {
  static readonly typeName = 'InspectionPlan';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'material_id' }) materialId: string;
  @Column('text') type: InspectionType;
  @Column('integer', { name: 'plan_version' }) planVersion: number;
  @Column('text') status: 'ACTIVE' | 'SUPERSEDED';
  @Column('integer', { name: 'sample_size' }) sampleSize: number;
}

@Entity('inspection_characteristic')
export class CharacteristicEntity {
  static readonly typeName = 'InspectionCharacteristic';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'plan_id' }) planId: string;
  @Column('integer') seq: number;
  @Column('text') name: string;
  @Column('text') kind: CharacteristicKind;
  @Column('numeric', { precision: 20, scale: 6, nullable: true }) nominal: string | null;
  @Column('numeric', { name: 'lower_limit', precision: 20, scale: 6, nullable: true }) lowerLimit: string | null;
  @Column('numeric', { name: 'upper_limit', precision: 20, scale: 6, nullable: true }) upperLimit: string | null;
  @Column('text', { nullable: true }) unit: string | null;
}

/** One inspection of a lot against a plan version. */
@Entity('inspection')
export class InspectionEntity extends LifecycleColumns {
  static readonly typeName = 'Inspection';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'lot_id' }) lotId: string;
  @Column('text', { name: 'plan_id' }) planId: string;
  /** The lot's supplier (null for lots made in-house), copied for the SUPPLIER row scope. */
  @Column('text', { name: 'supplier_id', nullable: true }) supplierId: string | null;
  @Column('text') status: 'IN_PROGRESS' | 'COMPLETED';
  @Column('text', { nullable: true }) verdict: InspectionVerdict | null;
  /** Subject of who started it; for one opened by a goods receipt, of who recorded its first reading (null until then). */
  @Column('text', { name: 'inspector_id', nullable: true }) inspectorId: string | null;
  @Column('text', { name: 'inspector_name', nullable: true }) inspectorName: string | null;
  @Column('timestamptz', { name: 'started_at' }) startedAt: Date;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt: Date | null;
  @Column('text', { name: 'completed_by', nullable: true }) completedBy: string | null;
  @Column('text', { name: 'completed_by_subject', nullable: true }) completedBySubject: string | null;
}

@Entity('inspection_reading')
export class ReadingEntity {
  static readonly typeName = 'InspectionReading';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'inspection_id' }) inspectionId: string;
  @Column('text', { name: 'characteristic_id' }) characteristicId: string;
  @Column('integer', { name: 'sample_no' }) sampleNo: number;
  @Column('numeric', { precision: 20, scale: 6, nullable: true }) value: string | null;
  @Column('boolean', { nullable: true }) accepted: boolean | null;
  @Column('text', { name: 'equipment_id', nullable: true }) equipmentId: string | null;
  @Column('text', { name: 'recorded_by' }) recordedBy: string;
  /** Null only on readings recorded before subjects were kept that the audit trail could not attribute. */
  @Column('text', { name: 'recorded_by_subject', nullable: true }) recordedBySubject: string | null;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt: Date;
}
