import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnType, EntityMetadata } from 'typeorm';
import type { CursorKind } from './cursor';

const KINDS: Record<string, CursorKind> = {
  text: 'text',
  varchar: 'text',
  'character varying': 'text',
  char: 'text',
  character: 'text',
  uuid: 'text',
  citext: 'text',
  enum: 'text',
  integer: 'integer',
  int: 'integer',
  int4: 'integer',
  smallint: 'integer',
  int2: 'integer',
  bigint: 'bigint',
  int8: 'bigint',
  numeric: 'numeric',
  decimal: 'numeric',
  timestamptz: 'timestamp',
  timestamp: 'timestamp',
  'timestamp with time zone': 'timestamp',
  'timestamp without time zone': 'timestamp',
  date: 'date',
  boolean: 'boolean',
  bool: 'boolean',
};

function kindOfColumnType(type: ColumnType): CursorKind | undefined {
  if (type === String) return 'text';
  if (type === Number) return 'integer';
  if (type === Date) return 'timestamp';
  if (type === Boolean) return 'boolean';
  return typeof type === 'string' ? KINDS[type] : undefined;
}

// The first `alias.column` an ordering expression reads, e.g. lt.expires_on in coalesce(lt.expires_on, 'infinity'::date).
const COLUMN_REFERENCE = /\b([A-Za-z_]\w*)\.([a-z_]\w*)\b/;

/**
 * The kind of value each ordering key compares, read from the entity metadata of the column it
 * reads (a coalesce keeps its column's type). A key no metadata explains is a programming error.
 */
export function sortKeyKinds<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, columns: readonly string[]): CursorKind[] {
  return sortKeyKindsOf((alias) => qb.expressionMap.aliases.find((a) => a.name === alias && a.hasMetadata)?.metadata, columns);
}

/** sortKeyKinds, with the entity metadata of each alias looked up by `metadataOf`. */
export function sortKeyKindsOf(metadataOf: (alias: string) => EntityMetadata | undefined, columns: readonly string[]): CursorKind[] {
  return columns.map((expression) => {
    const [, alias, column] = COLUMN_REFERENCE.exec(expression) ?? [];
    const metadata = alias ? metadataOf(alias) : undefined;
    const type = metadata?.findColumnWithDatabaseName(column)?.type;
    const kind = type === undefined ? undefined : kindOfColumnType(type);
    if (!kind) throw new Error(`The ordering key ${expression} reads no column whose type a cursor can carry`);
    return kind;
  });
}
