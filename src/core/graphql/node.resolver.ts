import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { prefixOf } from '../ids';
import type { GraphQLContext } from './graphql-context';
import { Node } from './node';
import { MAX_PAGE_SIZE } from './connection';
import { limitExceeded } from './request-limits';

/** Loads any records by id, one statement per type, each with the caller's row scope. */
async function loadNodes(ctx: RequestContext, ids: readonly string[]): Promise<(object | null)[]> {
  const byPrefix = new Map<string, string[]>();
  for (const id of ids) {
    const prefix = prefixOf(id);
    if (prefix && Object.hasOwn(ctx.platform.nodeLoaders, prefix)) {
      const list = byPrefix.get(prefix) ?? [];
      list.push(id);
      byPrefix.set(prefix, list);
    }
  }
  const found = new Map<string, object | null>();
  await Promise.all(
    [...byPrefix].map(async ([prefix, list]) => {
      const rows = await ctx.platform.nodeLoaders[prefix](ctx, list).catch((err: unknown) => {
        // A type the caller may not read at all answers like an absent record: no existence leak.
        if (err instanceof GraphQLError && err.extensions.code === 'FORBIDDEN') return list.map(() => null);
        throw err;
      });
      list.forEach((id, i) => found.set(id, rows[i]));
    }),
  );
  return ids.map((id) => found.get(id) ?? null);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any record by id; null if it does not exist or the caller may not read it.' })
  async node(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID, { description: 'Any global id, e.g. lot_…' }) id: string): Promise<object | null> {
    const [record] = await loadNodes(ctx, [id]);
    return record;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Records by id, in the order asked; null where absent or not readable.' })
  async nodes(@Ctx() { ctx }: GraphQLContext, @Arg('ids', () => [ID], { description: 'Global ids of any types.' }) ids: string[]): Promise<(object | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw limitExceeded(`At most ${MAX_PAGE_SIZE} ids (maxPageSize)`, 'VALIDATION_FAILED', 'maxPageSize', { field: 'ids' });
    return loadNodes(ctx, ids);
  }
}
