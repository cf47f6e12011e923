import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { loadByIds } from '../../core/graphql/authorized-query';
import { UserEntity } from './user.entity';
import { UserResolver, UserSigningPasswordResolver, ViewerUserResolver } from './user.resolver';
import { USER_SPEC } from './user.table';
import { userSignerDirectory } from './signer-directory';

export const usersModule: ModuleDefinition = {
  name: 'users',
  resolvers: [UserResolver, UserSigningPasswordResolver, ViewerUserResolver],
  entities: [UserEntity],
  nodes: { usr: (ctx, ids) => loadByIds(ctx, USER_SPEC, ids) },
  signerDirectory: userSignerDirectory,
};
