import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { assertCan, assertCanReadFields, canOn } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate, type SortKey } from '../../core/graphql/keyset';
import { sortKeys, type OrderColumn } from '../../core/graphql/ordering';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateAudited } from '../../core/persistence/versioned-update';
import { containsPattern, prefixPattern } from '../../core/persistence/like-pattern';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { LOCATION_AUDITED_FIELDS, LocationEntity } from './location.entity';
import { LocationStatus, SiteStatus } from './site.enums';
import { locationChangedEvent } from './site.events';
import { findSite } from './site.service';
import { LOCATION_SPEC } from './site.table';
import { LocationOrderField, type CreateLocationInput, type LocationFilter, type LocationOrder, type UpdateLocationInput } from './location.types';

const ORDER_COLUMNS: Record<LocationOrderField, OrderColumn<LocationEntity>> = {
  [LocationOrderField.CODE]: { column: 'l.code', property: 'code' },
  [LocationOrderField.NAME]: { column: 'l.name', property: 'name' },
  [LocationOrderField.CREATED_AT]: { column: 'l.created_at', property: 'createdAt' },
  [LocationOrderField.UPDATED_AT]: { column: 'l.updated_at', property: 'updatedAt' },
};

/** The caller's locations matching `filter`, and the keyset sort keys for `orderBy`; shared by both location lists. */
export function locationQuery(ctx: RequestContext, filter: LocationFilter = {}, orderBy?: LocationOrder[]): { qb: SelectQueryBuilder<LocationEntity>; keys: SortKey<LocationEntity>[] } {
  const qb = authorizedQuery(ctx, LOCATION_SPEC);
  const filtered: string[] = [];
  if (filter.ids) {
    qb.andWhere('l.id = ANY(:ids)', { ids: filter.ids });
    filtered.push('id');
  }
  if (filter.siteIds) {
    qb.andWhere('l.site_id = ANY(:siteIds)', { siteIds: filter.siteIds });
    filtered.push('siteId');
  }
  if (filter.types) {
    qb.andWhere('l.type = ANY(:types)', { types: filter.types });
    filtered.push('type');
  }
  if (filter.status) {
    qb.andWhere('l.status = ANY(:status)', { status: filter.status });
    filtered.push('status');
  }
  if (filter.codePrefix) {
    qb.andWhere(`l.code LIKE :prefix ESCAPE '\\'`, { prefix: prefixPattern(filter.codePrefix) });
    filtered.push('code');
  }
  if (filter.search) {
    qb.andWhere(`(l.code ILIKE :search ESCAPE '\\' OR l.name ILIKE :search ESCAPE '\\')`, { search: containsPattern(filter.search) });
    filtered.push('code', 'name');
  }
  assertCanReadFields(ctx, 'Location', filtered, 'filter');
  const keys = sortKeys(ctx, 'Location', orderBy, ORDER_COLUMNS, { field: LocationOrderField.CODE, direction: SortDirection.ASC }, 'l.id');
  return { qb, keys };
}

export function listLocations(ctx: RequestContext, args: ConnectionArgs, filter: LocationFilter = {}, orderBy?: LocationOrder[]): Promise<Connection<LocationEntity>> {
  const { qb, keys } = locationQuery(ctx, filter, orderBy);
  return paginate(qb, args, keys, filter);
}

/**
 * Row-level write check (e.g. a WAREHOUSE token scoped to other sites). The caller passed the
 * type-level check, so this refusal is a userError FORBIDDEN in the payload, never a GraphQL
 * error: GraphQL FORBIDDEN means "may not do this at all", userError FORBIDDEN "not here".
 */
function assertMayWriteAt(ctx: RequestContext, action: 'create' | 'update', siteId: string, field: string): void {
  if (!canOn(ctx, action, 'Location', { siteId })) fail(ErrorCode.FORBIDDEN, `Not allowed to ${action} locations of site ${siteId}`, ['input', field]);
}

/** New stock may only go to an active site; the share lock keeps it active until commit. */
async function activeSite(ctx: RequestContext, siteId: string, field: string) {
  const site = await findSite(ctx, siteId, { forShare: true });
  if (!site) fail(ErrorCode.NOT_FOUND, `No site ${siteId}`, ['input', field]);
  if (site.status !== SiteStatus.ACTIVE) fail(ErrorCode.VALIDATION_FAILED, `Site ${site.code} is inactive`, ['input', field]);
  return site;
}

export async function createLocation(ctx: RequestContext, input: CreateLocationInput): Promise<LocationEntity> {
  assertCan(ctx, 'create', 'Location');
  const v = new InputValidator();
  const code = v.code('code', input.code);
  const name = v.text('name', input.name);
  const customFields = v.customFields('customFields', input.customFields) ?? {};
  v.throwIfAny();
  assertMayWriteAt(ctx, 'create', input.siteId, 'siteId');
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    const site = await activeSite(tx, input.siteId, 'siteId');
    if (await tx.manager.existsBy(LocationEntity, { siteId: site.id, code })) {
      fail(ErrorCode.DUPLICATE, `Site ${site.code} already has a location ${code}`, ['input', 'code']);
    }
    const location = await tx.manager.save(
      tx.manager.create(LocationEntity, {
        id: newId('loc'),
        siteId: site.id,
        code,
        name,
        type: input.type,
        status: LocationStatus.ACTIVE,
        customFields,
        version: 1,
      }),
    );
    audit({ action: 'CREATE', entityType: 'Location', entityId: location.id, changes: diffFields(null, location, LOCATION_AUDITED_FIELDS), reason: input.reason });
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
  const customFields = v.customFields('customFields', input.customFields);
  if (customFields) fields.customFields = customFields;
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit, unchanged }) => {
    const current = await tx.manager.findOneBy(LocationEntity, { id: input.id });
    // A location the caller may not read answers like an absent one, as node(id) does.
    if (!current || !canOn(tx, 'read', 'Location', current)) fail(ErrorCode.NOT_FOUND, `No location ${input.id}`, ['input', 'id']);
    assertMayWriteAt(tx, 'update', current.siteId, 'id');
    if (fields.status === LocationStatus.ACTIVE && current.status !== LocationStatus.ACTIVE) await activeSite(tx, current.siteId, 'status');
    const { updated, changes, written } = await updateAudited(tx, LocationEntity, current, input.expectedVersion, fields, LOCATION_AUDITED_FIELDS);
    if (!written) {
      unchanged();
      return updated;
    }
    audit({ action: 'UPDATE', entityType: 'Location', entityId: updated.id, changes, reason });
    emit(
      locationChangedEvent(
        'UPDATED',
        updated,
        changes.map((c) => c.field),
      ),
    );
    return updated;
  });
}

/** The location as stored (no authorization): for other services' rules (stock movements). */
export function findLocation(ctx: RequestContext, id: string): Promise<LocationEntity | null> {
  return ctx.manager.findOneBy(LocationEntity, { id });
}
