import type { RequestContext } from '../context';
import type { PublishedEvent } from './domain-event';
import { unauthenticated } from '../graphql/errors';

/**
 * Events of `types` mapped for one subscriber; `map` returns null for events the
 * subscriber may not read (or that its filter excludes), which are then skipped. With
 * `after` (the last event id the client saw) the missed events come first, in order.
 */
export async function* authorizedStream<T>(
  ctx: RequestContext,
  types: string[],
  map: (event: PublishedEvent) => T | null,
  after?: string | null,
): AsyncGenerator<T> {
  const stream = after ? await ctx.platform.events.subscribeAfter(types, after) : ctx.platform.events.subscribe(types);
  try {
    for await (const event of stream) {
      const { expiresAt } = ctx.principal;
      if (expiresAt !== undefined && expiresAt * 1000 < Date.now()) throw unauthenticated('The token expired; reconnect with a fresh one');
      const value = map(event);
      if (value !== null) yield value;
    }
  } finally {
    await stream.return(undefined);
  }
}

/** Rebuilds a committed record snapshot as an entity instance, so CASL and field guards apply. */
export function rehydrate<T extends object>(Entity: new () => T, record: Record<string, unknown>, dateFields: string[] = ['createdAt', 'updatedAt']): T {
  const entity = Object.assign(new Entity(), record);
  for (const f of dateFields) {
    const v = (entity as Record<string, unknown>)[f];
    if (typeof v === 'string') (entity as Record<string, unknown>)[f] = new Date(v);
  }
  return entity;
}
