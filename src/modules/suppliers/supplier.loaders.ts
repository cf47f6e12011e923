import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { loadByIds } from '../../core/graphql/authorized-query';
import type { SupplierEntity } from './supplier.entity';
import { SUPPLIER_SPEC } from './supplier.table';

/** Suppliers by id for this request, one statement per batch, row-scoped. */
export function supplierLoader(ctx: RequestContext): DataLoader<string, SupplierEntity | null> {
  return ctx.loaders.get('supplier.byId', () => new DataLoader((ids: readonly string[]) => loadByIds(ctx, SUPPLIER_SPEC, ids)));
}
