import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import type { Connection, ConnectionArgs } from '../../core/graphql/connection';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateAudited } from '../../core/persistence/versioned-update';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { SITE_AUDITED_FIELDS, SiteEntity } from './site.entity';
import { SiteStatus } from './site.enums';
import { siteChangedEvent } from './site.events';
import { SITE } from './site.declaration';
import { type CreateSiteInput, type SiteFilter, type SiteOrder, type UpdateSiteInput } from './site.types';

/** Sites the caller may read; filtering or sorting on a field it may not read is refused. */
export function listSites(ctx: RequestContext, args: ConnectionArgs, filter: SiteFilter = {}, orderBy?: SiteOrder[]): Promise<Connection<SiteEntity>> {
  return SITE.list(ctx, args, filter, orderBy);
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
