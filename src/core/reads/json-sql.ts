import type { CursorKind } from '../graphql/cursor';
import type { SortKey } from '../graphql/keyset';
import { NotCompiled } from './not-compiled';
import type { ReadColumn } from './read-registry';

// The SQL pieces of the compiled JSON: values written as the GraphQL scalars and cursors write them, objects, literals.

// json_build_object takes at most 100 arguments.
const MAX_KEYS = 50;
const ISO_MILLIS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** A column as the field's GraphQL scalar writes it (Decimal without trailing zeros, DateTime in UTC with milliseconds). */
export function formatted(alias: string, { column, format }: ReadColumn): string {
  const ref = `${alias}.${column}`;
  switch (format) {
    case 'plain':
      return ref;
    case 'decimal':
      return `trim_scale(${ref})::text`;
    case 'date':
      return `to_char(${ref}, 'YYYY-MM-DD')`;
    case 'datetime':
      return `to_char(${ref} AT TIME ZONE 'UTC', ${ISO_MILLIS})`;
  }
}

/** A sort key's value as JSON text, as JSON.stringify writes the value the general path reads off the entity. */
function cursorValueJson(expression: string, kind: CursorKind): string {
  switch (kind) {
    case 'text':
    case 'integer':
    case 'boolean':
      return `coalesce(to_json(${expression})::text, 'null')`;
    case 'bigint':
    case 'numeric':
    case 'date':
      return `coalesce(to_json((${expression})::text)::text, 'null')`;
    case 'timestamp':
      return `coalesce(to_json(to_char((${expression}) AT TIME ZONE 'UTC', ${ISO_MILLIS}))::text, 'null')`;
  }
}

/** encodeCursor in SQL: base64url of the JSON array of the key values, unpadded. */
export function cursorSql(keys: SortKey<unknown>[], kinds: CursorKind[]): string {
  const values = keys.map((k, i) => cursorValueJson(k.column, kinds[i])).join(` || ',' || `);
  return `translate(encode(convert_to('[' || ${values} || ']', 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
}

export const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export function jsonObject(pairs: string[]): string {
  if (pairs.length > MAX_KEYS) throw new NotCompiled(`more than ${MAX_KEYS} fields in one object`);
  return `json_build_object(${pairs.join(', ')})`;
}
