import type { EntitySpec } from '../../core/graphql/authorized-query';
import { CustomerEntity } from './customer.entity';

export const CUSTOMER_SPEC: EntitySpec<CustomerEntity> = {
  entity: CustomerEntity,
  subject: 'Customer',
  alias: 'c',
  columns: { id: 'id', code: 'code', status: 'status', country: 'country' },
};
