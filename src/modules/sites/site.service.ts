import type { RequestContext } from '../../core/context';
import { assertCan, assertCanReadFields } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import { sortKeys, type OrderColumn } from '../../core/graphql/ordering';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateAudited } from '../../core/persistence/versioned-update';
import { containsPattern } from '../../core/persistence/like-pattern';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { SITE_AUDITED_FIELDS, SiteEntity } from './site.entity';
import { SiteStatus } from './site.enums';
import { siteChangedEvent } from './site.events';
import { SITE_SPEC } from './site.table';
import { SiteOrderField, type CreateSiteInput, type SiteFilter, type SiteOrder, type UpdateSiteInput } from './site.types';

const ORDER_COLUMNS: Record<SiteOrderField, OrderColumn<SiteEntity>> = {
  [SiteOrderField.CODE]: { column: 'st.code', property: 'code' },
  [SiteOrderField.NAME]: { column: 'st.name', property: 'name' },
  [SiteOrderField.CREATED_AT]: { column: 'st.created_at', property: 'createdAt' },
  [SiteOrderField.UPDATED_AT]: { column: 'st.updated_at', property: 'updatedAt' },
};

export async function listSites(ctx: RequestContext, args: ConnectionArgs, filter: SiteFilter = {}, orderBy?: SiteOrder[]): Promise<Connection<SiteEntity>> {
  const qb = authorizedQuery(ctx, SITE_SPEC);
  const filtered: string[] = [];
  if (filter.ids) {
    qb.andWhere('st.id = ANY(:ids)', { ids: filter.ids });
    filtered.push('id');
  }
  if (filter.status) {
    qb.andWhere('st.status = ANY(:status)', { status: filter.status });
    filtered.push('status');
  }
  if (filter.country) {
    qb.andWhere('st.country = :country', { country: filter.country.trim().toUpperCase() });
    filtered.push('country');
  }
  if (filter.search) {
    qb.andWhere(`(st.code ILIKE :search ESCAPE '\\' OR st.name ILIKE :search ESCAPE '\\')`, { search: containsPattern(filter.search) });
    filtered.push('code', 'name');
  }
  assertCanReadFields(ctx, 'Site', filtered, 'filter');
  const keys = sortKeys(ctx, 'Site', orderBy, ORDER_COLUMNS, { field: SiteOrderField.CODE, direction: SortDirection.ASC }, 'st.id');
  return paginate(qb, args, keys, filter);
}

/** The zone's canonical IANA name (e.g. `asia/shanghai` -> `Asia/Shanghai`), or null if the runtime does not know it. */
function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

type SiteFields = Pick<UpdateSiteInput, 'name' | 'country' | 'timezone' | 'status' | 'customFields'>;

function validateSiteFields(v: InputValidator, input: SiteFields): Partial<SiteEntity> {
  const out: Partial<SiteEntity> = {};
  if (input.name !== undefined) out.name = v.text('name', input.name);
  if (input.country !== undefined) out.country = v.country('country', input.country);
  if (input.timezone !== undefined && input.timezone !== null) {
    const zone = canonicalTimeZone(input.timezone.trim());
    if (!zone) v.fail('timezone', `"${input.timezone}" is not an IANA time zone such as Asia/Shanghai`);
    else out.timezone = zone;
  }
  if (input.status !== undefined && input.status !== null) out.status = input.status;
  const customFields = v.customFields('customFields', input.customFields);
  if (customFields) out.customFields = customFields;
  return out;
}

export async function createSite(ctx: RequestContext, input: CreateSiteInput): Promise<SiteEntity> {
  assertCan(ctx, 'create', 'Site');
  const v = new InputValidator();
  const code = v.code('code', input.code);
  const fields = validateSiteFields(v, input);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    if (await tx.manager.existsBy(SiteEntity, { code })) fail(ErrorCode.DUPLICATE, `A site with code ${code} already exists`, ['input', 'code']);
    const site = await tx.manager.save(
      tx.manager.create(SiteEntity, {
        customFields: {},
        country: null,
        ...fields,
        id: newId('site'),
        code,
        status: SiteStatus.ACTIVE,
        version: 1,
      }),
    );
    audit({ action: 'CREATE', entityType: 'Site', entityId: site.id, changes: diffFields(null, site, SITE_AUDITED_FIELDS), reason: input.reason });
    emit(siteChangedEvent('CREATED', site, SITE_AUDITED_FIELDS));
    return site;
  });
}

export async function updateSite(ctx: RequestContext, input: UpdateSiteInput): Promise<SiteEntity> {
  assertCan(ctx, 'update', 'Site');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  const fields = validateSiteFields(v, input);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit, unchanged }) => {
    const current = await findSite(tx, input.id);
    if (!current) fail(ErrorCode.NOT_FOUND, `No site ${input.id}`, ['input', 'id']);
    const { updated, changes, written } = await updateAudited(tx, SiteEntity, current, input.expectedVersion, fields, SITE_AUDITED_FIELDS);
    if (!written) {
      unchanged();
      return updated;
    }
    audit({ action: 'UPDATE', entityType: 'Site', entityId: updated.id, changes, reason });
    emit(
      siteChangedEvent(
        'UPDATED',
        updated,
        changes.map((c) => c.field),
      ),
    );
    return updated;
  });
}

/**
 * The site as stored, without authorization: for the rules of other services. `forShare`
 * (inside a transaction) keeps the site from being changed, e.g. deactivated, until commit.
 */
export function findSite(ctx: RequestContext, id: string, options: { forShare?: boolean } = {}): Promise<SiteEntity | null> {
  return ctx.manager.findOne(SiteEntity, { where: { id }, lock: options.forShare ? { mode: 'pessimistic_read' } : undefined });
}
