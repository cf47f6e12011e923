import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { unauthenticated } from './errors';
import type { GraphQLContext } from './graphql-context';
import { DateTimeScalar } from './scalars';

/**
 * Every record's createdAt/updatedAt is its transaction's start time (PostgreSQL `now()`), and it
 * becomes visible only when that transaction commits, possibly later. So the latest updatedAt a
 * pull saw is no safe start for the next one; the start of the oldest transaction still open is:
 * whatever commits from now on carries an updatedAt at or after it.
 */
const WATERMARK = `SELECT least(now(), min(xact_start)) AS mark FROM pg_stat_activity WHERE datname = current_database() AND xact_start IS NOT NULL`;

export async function changeWatermark(ctx: RequestContext): Promise<Date> {
  const [{ mark }]: { mark: Date }[] = await ctx.manager.query(WATERMARK);
  return mark;
}

@Resolver()
export class ChangeWatermarkResolver {
  @Query(() => DateTimeScalar, {
    nullable: true,
    description:
      'For incremental pulls: read this before the first page of a pull and keep it; the next pull filters `updatedAt: { from: <it> }`. ' +
      'Every change not yet visible when it was read will have an updatedAt at or after it, so no change is missed (some may be seen twice: upsert by id). ' +
      'Null with UNAUTHENTICATED for an anonymous caller.',
  })
  changeWatermark(@Ctx() { ctx }: GraphQLContext): Promise<Date> {
    if (ctx.principal.kind !== 'user') throw unauthenticated();
    return changeWatermark(ctx);
  }
}
