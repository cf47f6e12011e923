import type { EntitySpec } from '../../core/graphql/authorized-query';
import { CustomerEntity } from './customer.entity';

/** How Customer rows map onto SQL for row scopes and lists. */
export const CUSTOMER_SPEC: EntitySpec<CustomerEntity> = {
  entity: CustomerEntity,
  subject: 'Customer',
  alias: 'c',
  columns: { id: 'id', code: 'code', status: 'status', country: 'country' },
};
