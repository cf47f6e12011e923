import { LRUCache } from 'lru-cache';
import type { RequestContext } from '../context';
import type { PublishedEvent } from './domain-event';
import { unauthenticated } from '../graphql/errors';
import type { EventScope } from './event-scope';

const sourceEvents = new WeakMap<object, PublishedEvent>();

/** The committed event a subscription's value was mapped from (for sharing its execution within a group). */
export function sourceEventOf(value: unknown): PublishedEvent | undefined {
  return value !== null && typeof value === 'object' ? sourceEvents.get(value) : undefined;
}

/**
 * Events of `types` mapped for one subscriber; `map` returns null for events the subscriber
 * may not read (or that its filter excludes), which are then skipped. With `after` (the last
 * event id the client saw) the missed events come first, in order; `scope` says in SQL which
 * events `map` can accept (row rules and filter), so the replay reads and counts only those.
 * On a resuming connection, `ctx.subscriptionPosition` overrides `after` and hears each position.
 * A plain iterator rather than an async generator: a client's unsubscribe must release the
 * relay's stream at once, even while no event passes its filter (a generator would queue the
 * `return()` behind the pending `next()`).
 */
export function authorizedStream<T>(ctx: RequestContext, types: string[], map: (event: PublishedEvent) => T | null, after?: string | null, scope?: () => EventScope): AsyncIterableIterator<T> {
  let source: Promise<AsyncIterator<PublishedEvent>> | null = null;
  let closed = false;
  const position = ctx.subscriptionPosition;
  // A reconnected client's position on this subscription supersedes the `after:` it first sent.
  const from = position?.resumeAfter ?? after;
  const open = () =>
    (source ??= subscribe(ctx, types, from, scope).then(async ({ events, start }) => {
      // The client left while the resume query ran: release what arrived too late to be closed.
      if (closed) await events.return?.();
      else position?.started(start);
      return events;
    }));
  const close = async (): Promise<IteratorResult<T>> => {
    closed = true;
    if (source) await (await source.catch(() => null))?.return?.();
    return { value: undefined, done: true };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      if (closed) return { value: undefined, done: true };
      const events = await open();
      while (!closed) {
        const result = await events.next();
        if (result.done) return close();
        const value = mapped(ctx, map, result.value);
        if (value === null) continue;
        // A deactivated account or an expired token ends the subscription at the next event it would get.
        // Fails closed: if the check itself fails, the stream is released before the error goes out.
        const principals = ctx.platform.principals;
        const refusal =
          principals.refusalNow(ctx.principal) ??
          (await principals.refusal(ctx.principal).catch(async (err: unknown) => {
            await close();
            throw err;
          }));
        if (refusal) {
          await close();
          throw unauthenticated(refusal);
        }
        if (closed) break;
        position?.delivered(result.value.id);
        if (typeof value === 'object') sourceEvents.set(value as object, result.value);
        return { value, done: false };
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

// Recent events as each subscription group maps them; far more than one relay page.
const mappedByGroup = new LRUCache<string, { value: unknown }>({ max: 5000 });

/**
 * `map(event)` for this subscriber, shared with the other members of its group (the same
 * document, variables and read rules: they map every event alike), or its own without a group.
 */
function mapped<T>(ctx: RequestContext, map: (event: PublishedEvent) => T | null, event: PublishedEvent): T | null {
  const group = ctx.subscriptionGroup;
  if (!group) return map(event);
  const key = `${group}\n${event.id}`;
  const known = mappedByGroup.get(key);
  if (known) return known.value as T | null;
  const value = map(event);
  mappedByGroup.set(key, { value });
  return value;
}

/** The events, and the position they start after (`after`, or where the live stream begins). */
async function subscribe(ctx: RequestContext, types: string[], after?: string | null, scope?: () => EventScope): Promise<{ events: AsyncIterator<PublishedEvent>; start: string }> {
  const { events: relay } = ctx.platform;
  if (after) return { events: await relay.subscribeAfter(types, after, scope?.()), start: after };
  const events = relay.subscribe(types);
  return { events, start: relay.position };
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
