import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';

/** A bill of materials of one product material and revision. */
@Entity('bom')
export class BomEntity extends LifecycleColumns {
  static readonly typeName = 'Bom';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'product_material_id' })
  productMaterialId: string;

  @Column('text')
  revision: string;

  @Column('text')
  status: 'ACTIVE' | 'OBSOLETE';
}

/** One component of a BOM with its quantity per unit of product and approved substitutes. */
@Entity('bom_line')
export class BomLineEntity {
  static readonly typeName = 'BomLine';

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'bom_id' })
  bomId: string;

  @Column('integer', { name: 'line_no' })
  lineNo: number;

  @Column('text', { name: 'component_material_id' })
  componentMaterialId: string;

  @Column('numeric', { name: 'quantity_per', precision: 20, scale: 6 })
  quantityPer: string;

  /** Used only when the primary component has no usable stock at the work order's site. */
  @Column('text', { name: 'substitute_material_ids', array: true })
  substituteMaterialIds: string[];
}
