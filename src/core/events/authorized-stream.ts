import type { RequestContext } from '../context';
import type { PublishedEvent } from './domain-event';
import { unauthenticated } from '../graphql/errors';

/**
 * Events of `types` mapped for one subscriber; `map` returns null for events the subscriber
 * may not read (or that its filter excludes), which are then skipped. With `after` (the last
 * event id the client saw) the missed events come first, in order. A plain iterator rather than
 * an async generator: a client's unsubscribe must release the relay's stream at once, even while
 * no event passes its filter (a generator would queue the `return()` behind the pending `next()`).
 */
export function authorizedStream<T>(
  ctx: RequestContext,
  types: string[],
  map: (event: PublishedEvent) => T | null,
  after?: string | null,
): AsyncIterableIterator<T> {
  let source: AsyncIterator<PublishedEvent> | null = null;
  let closed = false;
  const open = async () => (source ??= after ? await ctx.platform.events.subscribeAfter(types, after) : ctx.platform.events.subscribe(types));
  const close = async (): Promise<IteratorResult<T>> => {
    closed = true;
    await source?.return?.();
    return { value: undefined, done: true };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      const events = await open();
      while (!closed) {
        const result = await events.next();
        if (result.done) return close();
        const { expiresAt } = ctx.principal;
        if (expiresAt !== undefined && expiresAt * 1000 < Date.now()) {
          await close();
          throw unauthenticated('The token expired; reconnect with a fresh one');
        }
        const value = map(result.value);
        if (value !== null) return { value, done: false };
      }
      return { value: undefined, done: true };
    },
    return: close,
    async throw(error: unknown): Promise<IteratorResult<T>> {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
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
