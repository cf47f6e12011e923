import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';

/** Where the 32 hex digits after an id's prefix come from. */
export type IdSource = (prefix: string) => string;

const source = new AsyncLocalStorage<IdSource>();

/** Opaque, globally unique ids: a short type prefix and a UUID, e.g. `mat_6f1c...`. */
export function newId(prefix: string): string {
  const own = source.getStore();
  return `${prefix}_${own ? own(prefix) : randomUUID().replace(/-/g, '')}`;
}

/**
 * Runs `work` with every id it creates (through `newId`, in any async continuation of it) drawn
 * from `ids`; other work meanwhile (the relay, requests) keeps random ids.
 */
export function withIdSource<T>(ids: IdSource, work: () => Promise<T>): Promise<T> {
  return source.run(ids, work);
}

/**
 * Ids that are the same on every run: the n-th id of each prefix is derived from a namespace, so
 * a data set created in the same order always has the same ids (the demo plant).
 */
export function deterministicIds(namespace: string): IdSource {
  const counters = new Map<string, number>();
  return (prefix) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return deterministicIdPart(namespace, prefix, n);
  };
}

/** The 32 hex digits `deterministicIds(namespace)` gives the n-th id of `prefix`. */
export function deterministicIdPart(namespace: string, prefix: string, n: number): string {
  return createHash('sha256').update(`${namespace}:${prefix}:${n}`).digest('hex').slice(0, 32);
}

export function prefixOf(id: string): string | null {
  const i = id.indexOf('_');
  return i > 0 ? id.slice(0, i) : null;
}
