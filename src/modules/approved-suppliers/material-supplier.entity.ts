import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { MaterialSupplierStatus } from './material-supplier.enums';

/** One entry of the approved-supplier list: this supplier may supply this material. */
@Entity('material_supplier')
export class MaterialSupplierEntity extends LifecycleColumns {
  static readonly typeName = 'MaterialSupplier';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'material_id' })
  materialId: string;

  @Column('text', { name: 'supplier_id' })
  supplierId: string;

  @Column('text')
  status: MaterialSupplierStatus;

  @Column('text', { name: 'supplier_part_number', nullable: true })
  supplierPartNumber: string | null;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column('text', { name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @Column('text', { nullable: true })
  reason: string | null;
}

export const MATERIAL_SUPPLIER_AUDITED_FIELDS = [
  'materialId',
  'supplierId',
  'status',
  'supplierPartNumber',
  'approvedAt',
  'approvedBy',
  'reason',
] as const satisfies readonly (keyof MaterialSupplierEntity)[];
