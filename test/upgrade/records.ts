import { gql, gqlOk, type Actor } from './graphql-client';
import { connectionNodeType, requiredArgs, selectionOf, type ServerSchema } from './introspection';
import type { ManifestRecord } from './manifest';

const PAGE = 200;
const CHUNK = 100;

/** A list query the reader pages through: `name(first, after)`, or once per parent record (`webhookDeliveries(webhookId:)`). */
export interface ListQuery {
  field: string;
  type: string;
  /** The required argument and the record type whose ids it takes. */
  parent?: { arg: string; type: string };
}

/** Every list of records the server offers: connections taking no argument but an id of another listed record. */
export function listQueries(schema: ServerSchema): ListQuery[] {
  const lists: ListQuery[] = [];
  for (const f of schema.queryFields()) {
    const type = connectionNodeType(schema, f);
    if (!type) continue;
    const required = requiredArgs(f);
    if (required.length === 0) lists.push({ field: f.name, type });
    else if (required.length === 1 && required[0].endsWith('Id')) {
      const parentType = required[0].replace(/Id$/, '');
      lists.push({ field: f.name, type, parent: { arg: required[0], type: parentType[0].toUpperCase() + parentType.slice(1) } });
    }
  }
  // Lists with a parent after the parents' own lists.
  return lists.sort((a, b) => Number(!!a.parent) - Number(!!b.parent));
}

export function countKey(list: ListQuery, parentId?: string): string {
  return parentId === undefined ? list.field : `${list.field}(${list.parent?.arg}: ${parentId})`;
}

/** Pages through one list: its totalCount and every record's type and id. */
export function listQueryText(list: ListQuery, selection = '') {
  const argDecl = list.parent ? `, $parent: ID!` : '';
  const argUse = list.parent ? `, ${list.parent.arg}: $parent` : '';
  const fields = selection ? `... on ${list.type} { ${selection} }` : '';
  return `query UpgradeList($after: String${argDecl}) { list: ${list.field}(first: ${PAGE}, after: $after${argUse}) { totalCount pageInfo { hasNextPage endCursor } edges { node { __typename id ${fields} } } } }`;
}

/** Pages through one list: its totalCount and every record's type, id and (with a selection) values. */
export async function pageList(
  url: string,
  reader: Actor,
  list: ListQuery,
  parentId?: string,
  selection = '',
): Promise<{ totalCount: number; ids: { type: string; id: string; values: Record<string, unknown> }[] }> {
  const query = listQueryText(list, selection);
  const ids: { type: string; id: string; values: Record<string, unknown> }[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const data = await gqlOk(url, reader, query, { after, ...(parentId ? { parent: parentId } : {}) });
    const page = data.list as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { __typename: string; id: string } }[] };
    totalCount = page.totalCount;
    for (const e of page.edges) {
      const { __typename, ...values } = e.node;
      ids.push({ type: __typename, id: e.node.id, values });
    }
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return { totalCount, ids };
}

/** The single-record query a person can run to see what the manifest holds for one record. */
export function recordQuery(type: string, selection: string): string {
  return `query UpgradeRecord($id: ID!) { node(id: $id) { __typename ... on ${type} { ${selection} } } }`;
}

/**
 * Reads records of one type by id through `nodes(ids:)` with `selection`, a hundred at a time.
 * Returns each id's values (null: the server found no such record) and the fields that errored
 * (the reader may not read them), which the caller drops and reads again.
 */
export async function readRecords(
  url: string,
  reader: Actor,
  type: string,
  selection: string,
  ids: string[],
): Promise<{ values: Map<string, Record<string, unknown> | null>; failedFields: Set<string>; errors: string[] }> {
  const values = new Map<string, Record<string, unknown> | null>();
  const failedFields = new Set<string>();
  const errors: string[] = [];
  const query = `query UpgradeRecords($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on ${type} { ${selection} } } }`;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const body = await gql(url, reader, query, { ids: chunk });
    for (const e of body.errors ?? []) {
      const field = e.path?.[2];
      if (e.path?.[0] === 'nodes' && typeof field === 'string') failedFields.add(field);
      else errors.push(e.message);
    }
    const nodes = (body.data?.nodes ?? []) as (Record<string, unknown> | null)[];
    chunk.forEach((id, n) => {
      const node = nodes[n] ?? null;
      if (node === null) return values.set(id, null);
      const { __typename: _typename, ...rest } = node;
      values.set(id, rest);
    });
  }
  return { values, failedFields, errors };
}

/** Reads `ids` of `type`, dropping the fields the reader is refused until none errors. */
export async function readType(
  url: string,
  reader: Actor,
  schema: ServerSchema,
  type: string,
  ids: string[],
): Promise<{ selection: string; dropped: string[]; values: Map<string, Record<string, unknown> | null> }> {
  const drop = new Set<string>();
  for (let attempt = 0; ; attempt++) {
    const selection = selectionOf(schema, type, drop);
    const read = await readRecords(url, reader, type, selection, ids);
    if (read.errors.length > 0) throw new Error(`reading ${type}: ${read.errors.join('; ')}`);
    if (read.failedFields.size === 0) return { selection, dropped: [...drop], values: read.values };
    if (attempt > 5) throw new Error(`reading ${type}: fields keep failing: ${[...read.failedFields].join(', ')}`);
    for (const f of read.failedFields) drop.add(f);
  }
}

/** Record references inside values (`{ __typename, id }`), to be read as records of their own. */
export function referencedRecords(values: unknown, out: { type: string; id: string }[] = []): { type: string; id: string }[] {
  if (Array.isArray(values)) values.forEach((v) => referencedRecords(v, out));
  else if (values && typeof values === 'object') {
    const v = values as Record<string, unknown>;
    if (typeof v.__typename === 'string' && typeof v.id === 'string') out.push({ type: v.__typename, id: v.id });
    else Object.values(v).forEach((x) => referencedRecords(x, out));
  }
  return out;
}

export interface Snapshot {
  records: ManifestRecord[];
  counts: Record<string, number>;
  /** Per type: fields the reader was refused, left out of the comparison. */
  droppedFields: Record<string, string[]>;
  /** Records referenced but not readable by node(id:) (kept out of the comparison, named). */
  unreadable: { type: string; id: string }[];
}

/** Everything a reader can list, `seeds` (records mutations returned), and every record those reference, with its values. */
export async function snapshot(url: string, reader: Actor, schema: ServerSchema, seeds: readonly { type: string; id: string }[] = []): Promise<Snapshot> {
  const counts: Record<string, number> = {};
  const found = new Map<string, string>(seeds.map((r) => [r.id, r.type])); // id -> type
  const listedBy = new Map<string, { list: ListQuery; parent?: string }>();
  for (const list of listQueries(schema)) {
    const parents = list.parent ? [...found].filter(([, t]) => t === list.parent?.type).map(([id]) => id) : [undefined];
    for (const parent of parents) {
      const page = await pageList(url, reader, list, parent);
      counts[countKey(list, parent)] = page.totalCount;
      for (const r of page.ids) {
        found.set(r.id, r.type);
        if (!listedBy.has(r.id)) listedBy.set(r.id, { list, parent });
      }
    }
  }
  const records: ManifestRecord[] = [];
  const droppedFields: Record<string, string[]> = {};
  const unreadable: { type: string; id: string }[] = [];
  const read = new Set<string>();
  let pending = [...found];
  while (pending.length > 0) {
    const byType = new Map<string, string[]>();
    for (const [id, type] of pending) {
      if (read.has(id) || !schema.object(type)) continue;
      read.add(id);
      byType.set(type, [...(byType.get(type) ?? []), id]);
    }
    const next: [string, string][] = [];
    for (const [type, ids] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
      const result = await readType(url, reader, schema, type, ids);
      if (result.dropped.length > 0) droppedFields[type] = result.dropped;
      for (const id of ids) {
        const values = result.values.get(id) ?? null;
        if (values === null) {
          unreadable.push({ type, id });
          continue;
        }
        records.push({ type, id, query: recordQuery(type, result.selection), selection: result.selection, readBy: 'node', values });
        for (const ref of referencedRecords(values)) if (!read.has(ref.id)) next.push([ref.id, ref.type]);
      }
    }
    pending = next;
  }
  // Records no node(id:) resolves (stock balances) are read back through the list that listed them.
  const byList = new Map<string, { list: ListQuery; parent?: string; type: string; ids: Set<string> }>();
  for (const u of unreadable.splice(0)) {
    const via = listedBy.get(u.id);
    if (!via) {
      unreadable.push(u);
      continue;
    }
    const key = countKey(via.list, via.parent);
    const entry = byList.get(key) ?? { ...via, type: u.type, ids: new Set<string>() };
    entry.ids.add(u.id);
    byList.set(key, entry);
  }
  for (const entry of byList.values()) {
    const selection = selectionOf(schema, entry.type);
    const page = await pageList(url, reader, entry.list, entry.parent, selection);
    const values = new Map(page.ids.map((r) => [r.id, r.values]));
    for (const id of entry.ids) {
      const v = values.get(id);
      if (!v) unreadable.push({ type: entry.type, id });
      else
        records.push({
          type: entry.type,
          id,
          query: listQueryText(entry.list, selection),
          selection,
          readBy: { list: entry.list.field, ...(entry.parent ? { parentArg: entry.list.parent?.arg, parent: entry.parent } : {}) },
          values: v,
        });
    }
  }
  records.sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
  return { records, counts, droppedFields, unreadable };
}
