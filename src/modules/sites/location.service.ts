import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import { sortKeys, type OrderColumn } from '../../core/graphql/ordering';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { containsPattern, prefixPattern } from '../../core/persistence/like-pattern';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { LOCATION_AUDITED_FIELDS, LocationEntity } from './location.entity';
import { SiteStatus } from './site.enums';
import { locationChangedEvent } from './site.events';
import { findSite } from './site.service';
import { LOCATION_SPEC } from './site.table';
import { LocationOrderField, type CreateLocationInput, type LocationFilter, type LocationOrder, type UpdateLocationInput } from './location.types';

const ORDER_COLUMNS: Record<LocationOrderField, OrderColumn<LocationEntity>> = {
  [LocationOrderField.CODE]: { column: 'l.code', property: 'code' },
  [LocationOrderField.NAME]: { column: 'l.name', property: 'name' },
  [LocationOrderField.CREATED_AT]: { column: 'l.created_at', property: 'createdAt' },
};

export async function listLocations(ctx: RequestContext, args: ConnectionArgs, filter: LocationFilter = {}, orderBy?: LocationOrder[]): Promise<Connection<LocationEntity>> {
  const qb = authorizedQuery(ctx, LOCATION_SPEC);
  if (filter.ids) qb.andWhere('l.id = ANY(:ids)', { ids: filter.ids });
  if (filter.siteIds) qb.andWhere('l.site_id = ANY(:siteIds)', { siteIds: filter.siteIds });
  if (filter.types) qb.andWhere('l.type = ANY(:types)', { types: filter.types });
  if (filter.status) qb.andWhere('l.status = ANY(:st)', { st: filter.status });
  if (filter.codePrefix) qb.andWhere(`l.code LIKE :prefix ESCAPE '\\'`, { prefix: prefixPattern(filter.codePrefix) });
  if (filter.search) qb.andWhere(`(l.code ILIKE :search ESCAPE '\\' OR l.name ILIKE :search ESCAPE '\\')`, { search: containsPattern(filter.search) });
  const keys = sortKeys(ctx, 'Location', orderBy, ORDER_COLUMNS, { field: LocationOrderField.CODE, direction: SortDirection.ASC }, 'l.id');
  return paginate(qb, args, keys);
}

/**
 * Row-level write check: a WAREHOUSE user scoped to site A may not touch site B's locations.
 * Refused as FORBIDDEN in userErrors, since the caller may write locations in general.
 */
function assertMayWriteAt(ctx: RequestContext, action: 'create' | 'update', siteId: string): void {
  if (!canOn(ctx, action, 'Location', { siteId })) fail(ErrorCode.FORBIDDEN, `Not allowed to ${action} locations of site ${siteId}`, ['input', action === 'create' ? 'siteId' : 'id']);
}

export async function createLocation(ctx: RequestContext, input: CreateLocationInput): Promise<LocationEntity> {
  assertCan(ctx, 'create', 'Location');
  const v = new InputValidator();
  const code = v.code('code', input.code);
  const name = v.text('name', input.name);
  const customFields = v.customFields('customFields', input.customFields) ?? {};
  v.throwIfAny();
  assertMayWriteAt(ctx, 'create', input.siteId);
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    const site = await findSite(tx, input.siteId);
    if (!site) fail(ErrorCode.NOT_FOUND, `No site ${input.siteId}`, ['input', 'siteId']);
    if (site.status !== SiteStatus.ACTIVE) fail(ErrorCode.VALIDATION_FAILED, `Site ${site.code} is inactive`, ['input', 'siteId']);
    if (await tx.manager.existsBy(LocationEntity, { siteId: site.id, code })) {
      fail(ErrorCode.DUPLICATE, `Site ${site.code} already has a location ${code}`, ['input', 'code']);
    }
    const location = await tx.manager.save(tx.manager.create(LocationEntity, {
      id: newId('loc'), siteId: site.id, code, name, type: input.type, status: SiteStatus.ACTIVE, customFields, version: 1,
    }));
    audit({ action: 'CREATE', entityType: 'Location', entityId: location.id, reason: input.reason, changes: diffFields(null, location, LOCATION_AUDITED_FIELDS) });
    emit(locationChangedEvent('CREATED', location, LOCATION_AUDITED_FIELDS));
    return location;
  });
}

export async function updateLocation(ctx: RequestContext, input: UpdateLocationInput): Promise<LocationEntity> {
  assertCan(ctx, 'update', 'Location');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  const fields: Partial<LocationEntity> = {};
  if (input.name !== undefined) fields.name = v.text('name', input.name);
  if (input.type != null) fields.type = input.type;
  if (input.status != null) fields.status = input.status;
  const cf = v.customFields('customFields', input.customFields);
  if (cf) fields.customFields = cf;
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    const current = await tx.manager.findOneBy(LocationEntity, { id: input.id });
    if (!current) fail(ErrorCode.NOT_FOUND, `No location ${input.id}`, ['input', 'id']);
    assertMayWriteAt(tx, 'update', current.siteId);
    const updated = await updateVersioned(tx, LocationEntity, current.id, input.expectedVersion, fields);
    const changes = diffFields(current, updated, LOCATION_AUDITED_FIELDS);
    audit({ action: 'UPDATE', entityType: 'Location', entityId: updated.id, changes, reason });
    emit(locationChangedEvent('UPDATED', updated, changes.map((c) => c.field)));
    return updated;
  });
}
