import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import type { LotEntity } from './lot.entity';
import { LOT_SPEC } from './lot.table';
import { LOT } from './lot.declaration';

/** Lots by id for this request, row-scoped (the declaration's loader). */
export function lotLoader(ctx: RequestContext): DataLoader<string, LotEntity | null> {
  return LOT.loader(ctx);
}

/** The lots received against purchase order lines, per line in receipt order, under the caller's row scope; one statement per tick. */
export function lotsReceivedAgainstLineLoader(ctx: RequestContext): DataLoader<string, LotEntity[]> {
  return ctx.loaders.get(
    'lot.byPurchaseOrderLine',
    () =>
      new DataLoader(async (lineIds: readonly string[]) => {
        const rows = await authorizedQuery(ctx, LOT_SPEC)
          .andWhere('lt.purchase_order_line_id = ANY(:lineIds)', { lineIds: [...lineIds] })
          .orderBy('lt.created_at')
          .addOrderBy('lt.id')
          .getMany();
        return lineIds.map((id) => rows.filter((r) => r.purchaseOrderLineId === id));
      }),
  );
}
