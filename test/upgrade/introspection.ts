import { getIntrospectionQuery, type IntrospectionQuery, type IntrospectionField, type IntrospectionObjectType, type IntrospectionTypeRef } from 'graphql';
import { gqlOk, type Actor } from './graphql-client';

/** The schema of a running server as it describes itself (so the old release is read in its own terms). */
export class ServerSchema {
  private readonly types = new Map<string, IntrospectionQuery['__schema']['types'][number]>();

  constructor(schema: IntrospectionQuery) {
    for (const t of schema.__schema.types) this.types.set(t.name, t);
  }

  static async read(url: string, actor: Actor): Promise<ServerSchema> {
    return new ServerSchema((await gqlOk(url, actor, getIntrospectionQuery())) as unknown as IntrospectionQuery);
  }

  object(name: string): IntrospectionObjectType | undefined {
    const t = this.types.get(name);
    return t && (t.kind === 'OBJECT' || t.kind === 'INTERFACE') ? (t as IntrospectionObjectType) : undefined;
  }

  enumValues(name: string): string[] {
    const t = this.types.get(name);
    return t?.kind === 'ENUM' ? t.enumValues.map((v) => v.name) : [];
  }

  kind(name: string): string | undefined {
    return this.types.get(name)?.kind;
  }

  queryFields(): readonly IntrospectionField[] {
    return this.object('Query')?.fields ?? [];
  }
}

export function namedType(ref: IntrospectionTypeRef): string {
  let r = ref as IntrospectionTypeRef & { ofType?: IntrospectionTypeRef; name?: string };
  while (r.ofType) r = r.ofType as typeof r;
  return r.name as string;
}

export function requiredArgs(field: IntrospectionField): string[] {
  return field.args.filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue == null).map((a) => a.name);
}

/** The record type of a connection field (`XConnection { edges { node: X } }`), or undefined. */
export function connectionNodeType(schema: ServerSchema, field: IntrospectionField): string | undefined {
  const conn = schema.object(namedType(field.type));
  if (!conn?.name.endsWith('Connection') || !conn.fields.some((f) => f.name === 'totalCount')) return undefined;
  const edge = schema.object(namedType(conn.fields.find((f) => f.name === 'edges')?.type ?? conn.fields[0].type));
  const node = edge?.fields.find((f) => f.name === 'node');
  return node ? namedType(node.type) : undefined;
}

/**
 * What a record of `type` is read with: every field taking no required argument, scalars and
 * enums as they are, a referenced record by `__typename id`, a value object by its scalars;
 * connections are left to their own lists. `drop` removes fields the reader may not read.
 */
export function selectionOf(schema: ServerSchema, type: string, drop: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  for (const f of schema.object(type)?.fields ?? []) {
    if (drop.has(f.name) || requiredArgs(f).length > 0) continue;
    const named = namedType(f.type);
    const kind = schema.kind(named);
    if (kind === 'SCALAR' || kind === 'ENUM') {
      parts.push(f.name);
      continue;
    }
    const obj = schema.object(named);
    if (!obj || named.endsWith('Connection')) continue;
    if (obj.fields.some((g) => g.name === 'id')) {
      parts.push(`${f.name} { __typename id }`);
      continue;
    }
    const scalars = obj.fields.filter((g) => requiredArgs(g).length === 0 && ['SCALAR', 'ENUM'].includes(schema.kind(namedType(g.type)) ?? '')).map((g) => g.name);
    if (scalars.length > 0) parts.push(`${f.name} { ${scalars.join(' ')} }`);
  }
  return parts.join(' ');
}
