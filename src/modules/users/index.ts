import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { UserEntity } from './user.entity';

export const usersModule: ModuleDefinition = {
  name: 'users',
  resolvers: [],
  entities: [UserEntity],
  nodes: {},
};
