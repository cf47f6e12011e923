import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import type { MaterialSupplierEntity } from './material-supplier.entity';
import { MATERIAL_SUPPLIER_SPEC } from './material-supplier.table';

type Side = 'materialId' | 'supplierId';
const COLUMN: Record<Side, string> = { materialId: 'ms.material_id', supplierId: 'ms.supplier_id' };

/** Approved-supplier entries grouped by material or by supplier: one statement per page. */
export function materialSupplierLoader(ctx: RequestContext, side: Side): DataLoader<string, MaterialSupplierEntity[]> {
  return ctx.loaders.get(
    `materialSupplier.by.${side}`,
    () =>
      new DataLoader(async (keys: readonly string[]) => {
        const rows = await authorizedQuery(ctx, MATERIAL_SUPPLIER_SPEC)
          .andWhere(`${COLUMN[side]} = ANY(:keys)`, { keys: [...keys] })
          .orderBy('ms.created_at', 'ASC')
          .addOrderBy('ms.id', 'ASC')
          .getMany();
        const groups = new Map<string, MaterialSupplierEntity[]>(keys.map((k) => [k, []]));
        for (const row of rows) groups.get(row[side])?.push(row);
        return keys.map((k) => groups.get(k) ?? []);
      }),
  );
}
