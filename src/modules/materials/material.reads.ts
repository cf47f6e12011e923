import type { ModuleReads } from '../../core/reads/read-registry';
import { MATERIAL_SPEC } from './material.table';
import { materialFilterConditions, materialSortKeys } from './material.list';
import type { MaterialFilter, MaterialOrder } from './material.types';

/** Materials on the compiled read path: the `materials` list and `node`. */
export const MATERIAL_READS: ModuleReads = {
  models: [{ type: 'Material', spec: MATERIAL_SPEC, idPrefix: 'mat' }],
  roots: [
    {
      field: 'materials',
      type: 'Material',
      conditions: (ctx, args) => materialFilterConditions(ctx, (args.filter ?? {}) as MaterialFilter),
      sortKeys: (ctx, args) => materialSortKeys(ctx, args.orderBy as MaterialOrder[] | undefined),
    },
  ],
};
