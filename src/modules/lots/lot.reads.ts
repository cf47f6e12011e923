import type { FieldNode } from 'graphql';
import type { ModuleReads } from '../../core/reads/read-registry';
import type { RootSql } from '../../core/reads/read-model';
import { LOT_SPEC } from './lot.table';
import { lotFilterConditions, lotSortKeys } from './lot.list';
import type { LotFilter, LotOrder } from './lot.types';

/**
 * `lotByNumber` as the service answers it: the material found by its code (whoever asks), then
 * its lot of that internal number or, failing that, of that supplier lot number, within the
 * caller's row scope.
 */
function compileLotByNumber(q: RootSql, args: Record<string, unknown>, nodes: readonly FieldNode[], path: (string | symbol)[]) {
  const number = q.param(args.lotNumber);
  const material = `(SELECT _m.id FROM ${q.table('Material')} _m WHERE _m.code = ${q.param(args.materialCode)})`;
  const scope = q.sql(q.scope('Lot', '_lb'));
  return {
    value:
      `(SELECT ${q.row('Lot', '_lb', nodes, path)} FROM ${q.table('Lot')} _lb ` +
      `WHERE _lb.material_id = ${material} AND (_lb.lot_number = ${number} OR _lb.supplier_lot_number = ${number}) AND (${scope}) ` +
      `ORDER BY (_lb.lot_number = ${number}) DESC, _lb.id LIMIT 1)`,
  };
}

/** Lots on the compiled read path: the `lots` list, `lotByNumber`, `node`, and the lot's material, supplier and site. */
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
  customRoots: [{ field: 'lotByNumber', compile: compileLotByNumber }],
};
