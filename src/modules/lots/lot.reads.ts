import type { FieldNode } from 'graphql';
import type { ModuleReads } from '../../core/reads/read-registry';
import type { RootSql } from '../../core/reads/read-model';

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

/** Lots on the compiled read path beyond their declaration: `lotByNumber`. */
export const LOT_READS: ModuleReads = {
  customRoots: [{ field: 'lotByNumber', compile: compileLotByNumber }],
};
