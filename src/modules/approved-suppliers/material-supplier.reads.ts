import type { ModuleReads } from '../../core/reads/read-registry';
import { SortDirection } from '../../core/graphql/connection';
import { MATERIAL_SUPPLIER_SPEC } from './material-supplier.table';

const OLDEST_FIRST = [
  { property: 'createdAt', direction: SortDirection.ASC },
  { property: 'id', direction: SortDirection.ASC },
];

/** Approved-supplier entries on the compiled read path: `node`, their material and supplier, and Material.approvedSuppliers. */
export const APPROVED_SUPPLIER_READS: ModuleReads = {
  models: [
    {
      type: 'MaterialSupplier',
      spec: MATERIAL_SUPPLIER_SPEC,
      idPrefix: 'asl',
      relations: {
        material: { kind: 'one', type: 'Material', key: 'materialId' },
        supplier: { kind: 'one', type: 'Supplier', key: 'supplierId' },
      },
    },
  ],
  relations: [
    {
      type: 'Material',
      field: 'approvedSuppliers',
      relation: {
        kind: 'many',
        type: 'MaterialSupplier',
        parentKey: 'materialId',
        order: OLDEST_FIRST,
        args: { status: (alias, status: string[]) => ({ sql: `${alias}.status = ANY(:aslStatus)`, params: { aslStatus: status } }) },
      },
    },
  ],
};
