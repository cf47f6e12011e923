import type { RequestContext } from '../../core/context';
import type { SqlCondition } from '../../core/authz/rules-to-sql';
import { SortDirection } from '../../core/graphql/connection';
import type { SortKey } from '../../core/graphql/keyset';
import { sortKeys, type OrderColumn } from '../../core/graphql/ordering';
import type { LotEntity } from './lot.entity';
import { LotOrderField, type LotFilter, type LotOrder } from './lot.types';

const ORDER_COLUMNS: Record<LotOrderField, OrderColumn<LotEntity>> = {
  [LotOrderField.LOT_NUMBER]: { column: 'lt.lot_number', property: 'lotNumber' },
  [LotOrderField.EXPIRES_ON]: { column: "coalesce(lt.expires_on, 'infinity'::date)", property: 'expiresOn', value: (l) => l.expiresOn ?? 'infinity' },
  [LotOrderField.CREATED_AT]: { column: 'lt.created_at', property: 'createdAt' },
};

/** The conditions of a lot list's filter (alias `lt`), on both read paths. */
export function lotFilterConditions(filter: LotFilter): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (filter.ids) out.push({ sql: 'lt.id = ANY(:ids)', params: { ids: filter.ids } });
  if (filter.status) out.push({ sql: 'lt.status = ANY(:st)', params: { st: filter.status } });
  if (filter.materialIds) out.push({ sql: 'lt.material_id = ANY(:mids)', params: { mids: filter.materialIds } });
  if (filter.supplierIds) out.push({ sql: 'lt.supplier_id = ANY(:sids)', params: { sids: filter.supplierIds } });
  if (filter.siteIds) out.push({ sql: 'lt.site_id = ANY(:siteIds)', params: { siteIds: filter.siteIds } });
  if (filter.expiresFrom) out.push({ sql: 'lt.expires_on >= :ef', params: { ef: filter.expiresFrom } });
  if (filter.expiresTo) out.push({ sql: 'lt.expires_on <= :et', params: { et: filter.expiresTo } });
  if (filter.supplierLotNumber) out.push({ sql: 'lt.supplier_lot_number = :sln', params: { sln: filter.supplierLotNumber } });
  return out;
}

/** A lot list's keyset sort keys: newest first unless ordered otherwise. */
export function lotSortKeys(ctx: RequestContext, orderBy: LotOrder[] | undefined): SortKey<LotEntity>[] {
  return sortKeys(ctx, 'Lot', orderBy, ORDER_COLUMNS, { field: LotOrderField.CREATED_AT, direction: SortDirection.DESC }, 'lt.id');
}
