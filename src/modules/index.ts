import type { ModuleDefinition } from '../core/graphql/node-registry';
import { materialsModule } from './materials';
import { usersModule } from './users';

/** Every domain module the server assembles. */
export const MODULES: ModuleDefinition[] = [materialsModule, usersModule];
