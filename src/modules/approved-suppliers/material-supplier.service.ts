import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction, type UnitOfWork } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { findMaterial } from '../materials/material.service';
import { MaterialStatus } from '../materials/material.enums';
import { findSupplier } from '../suppliers/supplier.service';
import { MATERIAL_SUPPLIER_AUDITED_FIELDS, MaterialSupplierEntity } from './material-supplier.entity';
import { MaterialSupplierStatus, materialSupplierMachine } from './material-supplier.enums';
import { materialSupplierChangedEvent } from './material-supplier.events';
import { MATERIAL_SUPPLIER_SPEC } from './material-supplier.table';
import type { ApproveMaterialSupplierInput, ApprovedSupplierFilter, SetMaterialSupplierStatusInput } from './material-supplier.types';

export async function listApprovedSuppliers(ctx: RequestContext, args: ConnectionArgs, filter: ApprovedSupplierFilter = {}): Promise<Connection<MaterialSupplierEntity>> {
  const qb = authorizedQuery(ctx, MATERIAL_SUPPLIER_SPEC);
  if (filter.materialIds) qb.andWhere('ms.material_id = ANY(:mids)', { mids: filter.materialIds });
  if (filter.supplierIds) qb.andWhere('ms.supplier_id = ANY(:sids)', { sids: filter.supplierIds });
  if (filter.status) qb.andWhere('ms.status = ANY(:st)', { st: filter.status });
  return paginate(
    qb,
    args,
    [
      { column: 'ms.created_at', direction: SortDirection.ASC, value: (e) => e.createdAt },
      { column: 'ms.id', direction: SortDirection.ASC, value: (e) => e.id },
    ],
    filter,
  );
}

/** Purchasing controls: whether receipts and orders of this material from this supplier are allowed now. */
export async function isApprovedSource(ctx: RequestContext, materialId: string, supplierId: string): Promise<boolean> {
  const [entry, supplier] = await Promise.all([ctx.manager.findOneBy(MaterialSupplierEntity, { materialId, supplierId }), findSupplier(ctx, supplierId)]);
  return entry?.status === MaterialSupplierStatus.APPROVED && supplier?.qualified === true;
}

/** A source may be approved only for a usable material and a supplier qualified today. */
async function assertApprovable(ctx: RequestContext, materialId: string, supplierId: string): Promise<void> {
  const [material, supplier] = await Promise.all([findMaterial(ctx, materialId), findSupplier(ctx, supplierId)]);
  if (!material) fail(ErrorCode.NOT_FOUND, `No material ${materialId}`, ['input', 'materialId']);
  if (!supplier) fail(ErrorCode.NOT_FOUND, `No supplier ${supplierId}`, ['input', 'supplierId']);
  if (material.status === MaterialStatus.OBSOLETE) fail(ErrorCode.VALIDATION_FAILED, `Material ${material.code} is obsolete`, ['input', 'materialId']);
  if (!supplier.qualified) {
    fail(
      ErrorCode.SUPPLIER_NOT_APPROVED,
      `Supplier ${supplier.code} is ${supplier.qualificationStatus}${supplier.qualificationExpiresOn ? ` (expires ${supplier.qualificationExpiresOn})` : ''}, not qualified`,
      ['input', 'supplierId'],
    );
  }
}

function approvalFields(ctx: RequestContext, reason: string, supplierPartNumber: string | null | undefined) {
  return {
    status: MaterialSupplierStatus.APPROVED,
    approvedAt: new Date(),
    approvedBy: ctx.principal.name,
    reason,
    ...(supplierPartNumber !== undefined ? { supplierPartNumber } : {}),
  };
}

export async function approveMaterialSupplier(ctx: RequestContext, input: ApproveMaterialSupplierInput): Promise<MaterialSupplierEntity> {
  assertCan(ctx, 'approve', 'MaterialSupplier');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  const partNumber = v.optionalText('supplierPartNumber', input.supplierPartNumber, 64);
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    await assertApprovable(tx, input.materialId, input.supplierId);
    const existing = await tx.manager.findOneBy(MaterialSupplierEntity, { materialId: input.materialId, supplierId: input.supplierId });
    if (existing?.status === MaterialSupplierStatus.APPROVED) {
      fail(ErrorCode.DUPLICATE, 'This supplier is already approved for this material', ['input', 'supplierId']);
    }
    if (existing) return changeStatus(uow, existing, existing.version, MaterialSupplierStatus.APPROVED, reason, partNumber);
    const entry = await tx.manager.save(
      tx.manager.create(MaterialSupplierEntity, {
        id: newId('asl'),
        materialId: input.materialId,
        supplierId: input.supplierId,
        supplierPartNumber: partNumber,
        customFields: {},
        version: 1,
        ...approvalFields(tx, reason, partNumber),
      }),
    );
    uow.audit({ action: 'APPROVE', entityType: 'MaterialSupplier', entityId: entry.id, reason, changes: diffFields(null, entry, MATERIAL_SUPPLIER_AUDITED_FIELDS) });
    uow.emit(materialSupplierChangedEvent(entry, MATERIAL_SUPPLIER_AUDITED_FIELDS));
    return entry;
  });
}

async function changeStatus(
  uow: UnitOfWork,
  current: MaterialSupplierEntity,
  expectedVersion: number,
  status: MaterialSupplierStatus,
  reason: string,
  partNumber?: string | null,
): Promise<MaterialSupplierEntity> {
  const { ctx } = uow;
  const check = materialSupplierMachine.check(current.status, status, ctx.principal.roles, reason);
  if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', 'status']);
  if (status === MaterialSupplierStatus.APPROVED) await assertApprovable(ctx, current.materialId, current.supplierId);
  const changes = status === MaterialSupplierStatus.APPROVED ? approvalFields(ctx, reason, partNumber) : { status, reason };
  const updated = await updateVersioned(ctx, MaterialSupplierEntity, current.id, expectedVersion, changes);
  const diff = diffFields(current, updated, MATERIAL_SUPPLIER_AUDITED_FIELDS);
  uow.audit({ action: status === MaterialSupplierStatus.APPROVED ? 'APPROVE' : 'STATUS_CHANGE', entityType: 'MaterialSupplier', entityId: updated.id, reason, changes: diff });
  uow.emit(
    materialSupplierChangedEvent(
      updated,
      diff.map((c) => c.field),
    ),
  );
  return updated;
}

export async function setMaterialSupplierStatus(ctx: RequestContext, input: SetMaterialSupplierStatusInput): Promise<MaterialSupplierEntity> {
  assertCan(ctx, 'approve', 'MaterialSupplier');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const current = await uow.ctx.manager.findOneBy(MaterialSupplierEntity, { id: input.id });
    if (!current) fail(ErrorCode.NOT_FOUND, `No approved-supplier entry ${input.id}`, ['input', 'id']);
    return changeStatus(uow, current, input.expectedVersion, input.status, reason);
  });
}
