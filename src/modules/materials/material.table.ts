import type { EntitySpec } from '../../core/graphql/authorized-query';
import { MaterialEntity } from './material.entity';

/** How Material rows map onto SQL for row scopes and lists. */
export const MATERIAL_SPEC: EntitySpec<MaterialEntity> = {
  entity: MaterialEntity,
  subject: 'Material',
  alias: 'm',
  columns: { id: 'id', code: 'code', status: 'status', type: 'type' },
};
