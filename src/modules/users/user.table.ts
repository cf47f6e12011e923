import type { EntitySpec } from '../../core/graphql/authorized-query';
import { UserEntity } from './user.entity';

export const USER_SPEC: EntitySpec<UserEntity> = {
  entity: UserEntity,
  subject: 'User',
  alias: 'u',
  columns: { id: 'id', subject: 'subject', status: 'status', supplierId: 'supplier_id' },
};
