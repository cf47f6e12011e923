import type { RequestContext } from '../../core/context';
import { assertCanReadFields } from '../../core/authz/guard';
import type { SqlCondition } from '../../core/authz/rules-to-sql';
import { SortDirection } from '../../core/graphql/connection';
import type { SortKey } from '../../core/graphql/keyset';
import { sortKeys, type OrderColumn } from '../../core/graphql/ordering';
import { containsPattern, prefixPattern } from '../../core/persistence/like-pattern';
import { normalizeGtin } from '../../core/gs1/gtin';
import type { MaterialEntity } from './material.entity';
import { MaterialOrderField, type MaterialFilter, type MaterialOrder } from './material.types';

const ORDER_COLUMNS: Record<MaterialOrderField, OrderColumn<MaterialEntity>> = {
  [MaterialOrderField.CODE]: { column: 'm.code', property: 'code' },
  [MaterialOrderField.NAME]: { column: 'm.name', property: 'name' },
  [MaterialOrderField.CREATED_AT]: { column: 'm.created_at', property: 'createdAt' },
  [MaterialOrderField.UPDATED_AT]: { column: 'm.updated_at', property: 'updatedAt' },
};

/** The conditions of a material list's filter (alias `m`), on both read paths; filtering on a field the caller may not read is refused. */
export function materialFilterConditions(ctx: RequestContext, filter: MaterialFilter): SqlCondition[] {
  const out: SqlCondition[] = [];
  const filtered: string[] = [];
  if (filter.ids) {
    out.push({ sql: 'm.id = ANY(:ids)', params: { ids: filter.ids } });
    filtered.push('id');
  }
  if (filter.status) {
    out.push({ sql: 'm.status = ANY(:status)', params: { status: filter.status } });
    filtered.push('status');
  }
  if (filter.type) {
    out.push({ sql: 'm.type = ANY(:types)', params: { types: filter.type } });
    filtered.push('type');
  }
  if (filter.deviceClass) {
    out.push({ sql: 'm.device_class = ANY(:dc)', params: { dc: filter.deviceClass } });
    filtered.push('deviceClass');
  }
  if (filter.codePrefix) {
    out.push({ sql: `m.code LIKE :prefix ESCAPE '\\'`, params: { prefix: prefixPattern(filter.codePrefix) } });
    filtered.push('code');
  }
  if (filter.search) {
    out.push({ sql: `(m.code ILIKE :search ESCAPE '\\' OR m.name ILIKE :search ESCAPE '\\')`, params: { search: containsPattern(filter.search) } });
    filtered.push('code', 'name');
  }
  if (filter.gtin) {
    out.push({ sql: 'm.gtin = :gtin', params: { gtin: normalizeGtin(filter.gtin) ?? filter.gtin } });
    filtered.push('gtin');
  }
  if (filter.updatedAfter) {
    out.push({ sql: 'm.updated_at > :ua', params: { ua: filter.updatedAfter } });
    filtered.push('updatedAt');
  }
  assertCanReadFields(ctx, 'Material', filtered, 'filter');
  return out;
}

/** A material list's keyset sort keys: by code unless ordered otherwise. */
export function materialSortKeys(ctx: RequestContext, orderBy: MaterialOrder[] | undefined): SortKey<MaterialEntity>[] {
  return sortKeys(ctx, 'Material', orderBy, ORDER_COLUMNS, { field: MaterialOrderField.CODE, direction: SortDirection.ASC }, 'm.id');
}
