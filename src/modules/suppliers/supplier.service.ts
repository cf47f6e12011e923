import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import type { Connection, ConnectionArgs } from '../../core/graphql/connection';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateAudited, updateVersioned } from '../../core/persistence/versioned-update';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { QUALIFICATION_AUDITED_FIELDS, SUPPLIER_AUDITED_FIELDS, SupplierEntity } from './supplier.entity';
import { QualificationStatus, SupplierStatus } from './supplier.enums';
import { EXPIRING_STATUSES, qualificationMachine } from './supplier.qualification';
import { todayUtc } from '../../core/dates';
import { qualificationChangedEvent, supplierChangedEvent } from './supplier.events';
import { SUPPLIER } from './supplier.declaration';
import { type CreateSupplierInput, type SetSupplierQualificationInput, type SupplierFilter, type SupplierOrder, type UpdateSupplierInput } from './supplier.types';

/** Suppliers the caller may read (a SUPPLIER account: only its own); filtering or sorting on a field it may not read is refused. */
export function listSuppliers(ctx: RequestContext, args: ConnectionArgs, filter: SupplierFilter = {}, orderBy?: SupplierOrder[]): Promise<Connection<SupplierEntity>> {
  return SUPPLIER.list(ctx, args, filter, orderBy);
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
