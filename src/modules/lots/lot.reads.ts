import type { ModuleReads } from '../../core/reads/read-registry';
import { LOT_SPEC } from './lot.table';
import { lotFilterConditions, lotSortKeys } from './lot.list';
import type { LotFilter, LotOrder } from './lot.types';

/** Lots on the compiled read path: the `lots` list, `node`, and the lot's material, supplier and site. */
export const LOT_READS: ModuleReads = {
  models: [
    {
      type: 'Lot',
      spec: LOT_SPEC,
      idPrefix: 'lot',
      relations: {
        material: { kind: 'one', type: 'Material', key: 'materialId' },
        supplier: { kind: 'one', type: 'Supplier', key: 'supplierId' },
        site: { kind: 'one', type: 'Site', key: 'siteId' },
      },
    },
  ],
  roots: [
    {
      field: 'lots',
      type: 'Lot',
      conditions: (_ctx, args) => lotFilterConditions((args.filter ?? {}) as LotFilter),
      sortKeys: (ctx, args) => lotSortKeys(ctx, args.orderBy as LotOrder[] | undefined),
    },
  ],
};
