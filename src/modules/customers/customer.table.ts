import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context';
import { loadByIds, type EntitySpec } from '../../core/graphql/authorized-query';
import { CustomerEntity } from './customer.entity';

/** How Customer rows map onto SQL for row scopes and lists. */
export const CUSTOMER_SPEC: EntitySpec<CustomerEntity> = {
  entity: CustomerEntity,
  subject: 'Customer',
  alias: 'c',
  columns: { id: 'id', code: 'code', status: 'status', country: 'country' },
};

/** Customers by id for one request, row-scoped (null where hidden). */
export function customerLoader(ctx: RequestContext): DataLoader<string, CustomerEntity | null> {
  return ctx.loaders.get('customer.byId', () => new DataLoader((ids: readonly string[]) => loadByIds(ctx, CUSTOMER_SPEC, ids)));
}
