import { randomUUID } from 'node:crypto';

/** Opaque, globally unique ids: a short type prefix and a UUID, e.g. `mat_6f1c...`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '')}`;
}

export function prefixOf(id: string): string | null {
  const i = id.indexOf('_');
  return i > 0 ? id.slice(0, i) : null;
}
