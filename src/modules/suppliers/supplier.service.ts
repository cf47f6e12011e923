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
import { updateAudited, updateVersioned } from '../../core/persistence/versioned-update';
import { containsPattern, prefixPattern } from '../../core/persistence/like-pattern';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { QUALIFICATION_AUDITED_FIELDS, SUPPLIER_AUDITED_FIELDS, SupplierEntity } from './supplier.entity';
import { QualificationStatus, SupplierStatus } from './supplier.enums';
import { EXPIRING_STATUSES, qualificationMachine } from './supplier.qualification';
import { todayUtc } from '../../core/dates';
import { qualificationChangedEvent, supplierChangedEvent } from './supplier.events';
import { SUPPLIER_SPEC } from './supplier.table';
import { SupplierOrderField, type CreateSupplierInput, type SetSupplierQualificationInput, type SupplierFilter, type SupplierOrder, type UpdateSupplierInput } from './supplier.types';

const ORDER_COLUMNS: Record<SupplierOrderField, OrderColumn<SupplierEntity>> = {
  [SupplierOrderField.CODE]: { column: 's.code', property: 'code' },
  [SupplierOrderField.NAME]: { column: 's.name', property: 'name' },
  // No expiry sorts last; the cursor must carry the same stand-in value.
  [SupplierOrderField.QUALIFICATION_EXPIRES_ON]: {
    column: "coalesce(s.qualification_expires_on, 'infinity'::date)",
    property: 'qualificationExpiresOn',
    value: (s) => s.qualificationExpiresOn ?? 'infinity',
  },
  [SupplierOrderField.CREATED_AT]: { column: 's.created_at', property: 'createdAt' },
  [SupplierOrderField.UPDATED_AT]: { column: 's.updated_at', property: 'updatedAt' },
};

export async function listSuppliers(ctx: RequestContext, args: ConnectionArgs, filter: SupplierFilter = {}, orderBy?: SupplierOrder[]): Promise<Connection<SupplierEntity>> {
  const qb = authorizedQuery(ctx, SUPPLIER_SPEC);
  const used: string[] = [];
  if (filter.ids) {
    qb.andWhere('s.id = ANY(:ids)', { ids: filter.ids });
    used.push('id');
  }
  if (filter.qualificationStatus) {
    qb.andWhere('s.qualification_status = ANY(:qs)', { qs: filter.qualificationStatus });
    used.push('qualificationStatus');
  }
  if (filter.qualificationExpiresBy) {
    qb.andWhere('s.qualification_expires_on <= :exp', { exp: filter.qualificationExpiresBy });
    used.push('qualificationExpiresOn');
  }
  if (filter.status) {
    qb.andWhere('s.status = ANY(:st)', { st: filter.status });
    used.push('status');
  }
  if (filter.country) {
    qb.andWhere('s.country = :country', { country: filter.country.toUpperCase() });
    used.push('country');
  }
  if (filter.codePrefix) {
    qb.andWhere(`s.code LIKE :prefix ESCAPE '\\'`, { prefix: prefixPattern(filter.codePrefix) });
    used.push('code');
  }
  if (filter.search) {
    qb.andWhere(`(s.code ILIKE :search ESCAPE '\\' OR s.name ILIKE :search ESCAPE '\\')`, { search: containsPattern(filter.search) });
    used.push('code', 'name');
  }
  if (filter.contactEmail) {
    qb.andWhere('lower(s.contact_email) = lower(:email)', { email: filter.contactEmail });
    used.push('contactEmail');
  }
  assertCanReadFields(ctx, 'Supplier', used, 'filter');
  const keys = sortKeys(ctx, 'Supplier', orderBy, ORDER_COLUMNS, { field: SupplierOrderField.CODE, direction: SortDirection.ASC }, 's.id');
  return paginate(qb, args, keys, filter);
}

type SupplierMasterData = Omit<UpdateSupplierInput, 'id' | 'expectedVersion' | 'reason'>;

function masterData(v: InputValidator, input: SupplierMasterData): Partial<SupplierEntity> {
  const out: Partial<SupplierEntity> = v.contact(input);
  if (input.name !== undefined) out.name = v.text('name', input.name);
  if (input.country !== undefined) out.country = v.country('country', input.country);
  if (input.status !== undefined && input.status !== null) out.status = input.status;
  if (input.customFields !== undefined) {
    const cf = v.customFields('customFields', input.customFields);
    if (cf) out.customFields = cf;
  }
  return out;
}

export async function createSupplier(ctx: RequestContext, input: CreateSupplierInput): Promise<SupplierEntity> {
  assertCan(ctx, 'create', 'Supplier');
  const v = new InputValidator();
  const code = v.code('code', input.code);
  const fields = masterData(v, input);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    if (await tx.manager.existsBy(SupplierEntity, { code })) fail(ErrorCode.DUPLICATE, `A supplier with code ${code} already exists`, ['input', 'code']);
    const supplier = await tx.manager.save(
      tx.manager.create(SupplierEntity, {
        customFields: {},
        ...fields,
        id: newId('sup'),
        code,
        status: SupplierStatus.ACTIVE,
        qualificationStatus: QualificationStatus.PROSPECTIVE,
        version: 1,
      }),
    );
    audit({
      action: 'CREATE',
      entityType: 'Supplier',
      entityId: supplier.id,
      reason: input.reason,
      changes: diffFields(null, supplier, [...SUPPLIER_AUDITED_FIELDS, 'qualificationStatus']),
    });
    emit(supplierChangedEvent('CREATED', supplier, SUPPLIER_AUDITED_FIELDS));
    return supplier;
  });
}

async function loadForUpdate(ctx: RequestContext, id: string): Promise<SupplierEntity> {
  const current = await ctx.manager.findOneBy(SupplierEntity, { id });
  if (!current) fail(ErrorCode.NOT_FOUND, `No supplier ${id}`, ['input', 'id']);
  return current;
}

export async function updateSupplier(ctx: RequestContext, input: UpdateSupplierInput): Promise<SupplierEntity> {
  assertCan(ctx, 'update', 'Supplier');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  const fields = masterData(v, input);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit, unchanged }) => {
    const current = await loadForUpdate(tx, input.id);
    const { updated, changes, written } = await updateAudited(tx, SupplierEntity, current, input.expectedVersion, fields, SUPPLIER_AUDITED_FIELDS);
    if (!written) {
      unchanged();
      return updated;
    }
    audit({ action: 'UPDATE', entityType: 'Supplier', entityId: updated.id, changes, reason });
    emit(
      supplierChangedEvent(
        'UPDATED',
        updated,
        changes.map((c) => c.field),
      ),
    );
    return updated;
  });
}

/** QA sets a supplier's qualification; APPROVED and CONDITIONAL need a future expiry date. */
export async function setSupplierQualification(ctx: RequestContext, input: SetSupplierQualificationInput): Promise<SupplierEntity> {
  assertCan(ctx, 'qualify', 'Supplier');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  const needsExpiry = EXPIRING_STATUSES.includes(input.status);
  if (needsExpiry && !input.expiresOn) v.fail('expiresOn', `${input.status} needs an expiry date`);
  if (needsExpiry && input.expiresOn && input.expiresOn <= todayUtc()) v.fail('expiresOn', 'The expiry date must be after today');
  if (!needsExpiry && input.expiresOn) v.fail('expiresOn', `${input.status} takes no expiry date`);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    const current = await loadForUpdate(tx, input.id);
    const check = qualificationMachine.check(current.qualificationStatus, input.status, ctx.principal.roles, reason);
    if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', 'status']);
    const updated = await updateVersioned(tx, SupplierEntity, current.id, input.expectedVersion, {
      qualificationStatus: input.status,
      qualificationExpiresOn: needsExpiry ? (input.expiresOn as string) : null,
      qualificationReason: reason,
      qualifiedAt: new Date(),
      qualifiedBy: ctx.principal.name,
    });
    audit({
      action: 'QUALIFY',
      entityType: 'Supplier',
      entityId: updated.id,
      reason,
      changes: diffFields(current, updated, QUALIFICATION_AUDITED_FIELDS),
    });
    emit(qualificationChangedEvent(current.qualificationStatus, updated, reason));
    return updated;
  });
}

/** For other modules' rules (e.g. the approved-supplier list): the supplier as stored, or null. */
export async function findSupplier(ctx: RequestContext, id: string): Promise<SupplierEntity | null> {
  return ctx.manager.findOneBy(SupplierEntity, { id });
}
