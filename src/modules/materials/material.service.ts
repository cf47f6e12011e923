import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import type { ConnectionArgs, Connection } from '../../core/graphql/connection';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateAudited, updateVersioned } from '../../core/persistence/versioned-update';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { MATERIAL_AUDITED_FIELDS, MaterialEntity } from './material.entity';
import { MaterialStatus } from './material.enums';
import { MATERIAL } from './material.declaration';
import { materialStateMachine } from './material.state';
import { normalizeGtin } from '../../core/gs1/gtin';
import { DEFAULT_LOT_NUMBER_PATTERN, formatLotNumber, lotNumberPatternProblem } from './lot-number-pattern';
import { materialChangedEvent } from './material.events';
import { type CreateMaterialInput, type MaterialFilter, type MaterialOrder, type SetMaterialStatusInput, type UpdateMaterialInput } from './material.types';

/** Materials the caller may read; filtering or sorting on a field it may not read is refused. */
export function listMaterials(ctx: RequestContext, args: ConnectionArgs, filter: MaterialFilter = {}, orderBy?: MaterialOrder[]): Promise<Connection<MaterialEntity>> {
  return MATERIAL.list(ctx, args, filter, orderBy);
}

function validateCommon(v: InputValidator, input: Partial<CreateMaterialInput>, current?: MaterialEntity): Partial<MaterialEntity> {
  const out: Partial<MaterialEntity> = {};
  if (input.name !== undefined) out.name = v.text('name', input.name);
  if (input.description !== undefined) out.description = v.optionalText('description', input.description);
  if (input.type !== undefined && input.type !== null) out.type = input.type;
  if (input.unit !== undefined) out.unit = v.text('unit', input.unit, 16);
  if (input.lotControlled !== undefined && input.lotControlled !== null) out.lotControlled = input.lotControlled;
  if (input.serialControlled !== undefined && input.serialControlled !== null) out.serialControlled = input.serialControlled;
  if (input.shelfLifeDays !== undefined) {
    if (input.shelfLifeDays !== null && (input.shelfLifeDays <= 0 || input.shelfLifeDays > 36500)) {
      v.fail('shelfLifeDays', 'shelfLifeDays must be between 1 and 36500 days');
    }
    out.shelfLifeDays = input.shelfLifeDays;
  }
  if (input.reorderPoint !== undefined) {
    if (input.reorderPoint !== null && Number(input.reorderPoint) < 0) v.fail('reorderPoint', 'A reorder point cannot be negative');
    out.reorderPoint = input.reorderPoint;
  }
  if (input.deviceClass !== undefined) out.deviceClass = input.deviceClass;
  if (input.gtin !== undefined) {
    if (input.gtin === null || input.gtin.trim() === '') out.gtin = null;
    else {
      const gtin = normalizeGtin(input.gtin.trim());
      if (!gtin) v.fail('gtin', `"${input.gtin}" is not a valid GTIN (8, 12, 13 or 14 digits with a correct GS1 check digit)`);
      out.gtin = gtin;
    }
  }
  if (input.revision !== undefined && input.revision !== null) out.revision = v.text('revision', input.revision, 16);
  if (input.lotNumberPattern != null) {
    const problem = lotNumberPatternProblem(input.lotNumberPattern);
    if (problem) v.fail('lotNumberPattern', problem);
    out.lotNumberPattern = input.lotNumberPattern;
  }
  if (input.customFields !== undefined) {
    const cf = v.customFields('customFields', input.customFields);
    if (cf) out.customFields = cf;
  }
  const lot = out.lotControlled ?? current?.lotControlled;
  const shelf = out.shelfLifeDays !== undefined ? out.shelfLifeDays : current?.shelfLifeDays;
  if (shelf != null && lot === false) v.fail('shelfLifeDays', 'A shelf life needs lot control: expiry is tracked per lot');
  return out;
}

async function assertUnique(ctx: RequestContext, field: 'code' | 'gtin', value: string | null | undefined, exceptId?: string) {
  if (!value) return;
  const existing = await ctx.manager.findOneBy(MaterialEntity, { [field]: value });
  if (existing && existing.id !== exceptId) {
    fail(ErrorCode.DUPLICATE, `A material with ${field} ${value} already exists (${existing.code})`, ['input', field]);
  }
}

export async function createMaterial(ctx: RequestContext, input: CreateMaterialInput): Promise<MaterialEntity> {
  assertCan(ctx, 'create', 'Material');
  const v = new InputValidator();
  const code = v.code('code', input.code);
  const fields = validateCommon(v, input);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    await assertUnique(tx, 'code', code);
    await assertUnique(tx, 'gtin', fields.gtin);
    const material = tx.manager.create(MaterialEntity, {
      lotControlled: true,
      serialControlled: false,
      revision: 'A',
      lotNumberPattern: DEFAULT_LOT_NUMBER_PATTERN,
      customFields: {},
      ...fields,
      id: newId('mat'),
      code,
      status: MaterialStatus.DRAFT,
      version: 1,
    });
    const saved = await tx.manager.save(material);
    audit({ action: 'CREATE', entityType: 'Material', entityId: saved.id, changes: diffFields(null, saved, MATERIAL_AUDITED_FIELDS), reason: input.reason });
    emit(materialChangedEvent('CREATED', saved, MATERIAL_AUDITED_FIELDS));
    return saved;
  });
}

async function loadForUpdate(ctx: RequestContext, id: string): Promise<MaterialEntity> {
  const current = await ctx.manager.findOneBy(MaterialEntity, { id });
  if (!current) fail(ErrorCode.NOT_FOUND, `No material ${id}`, ['input', 'id']);
  return current;
}

export async function updateMaterial(ctx: RequestContext, input: UpdateMaterialInput): Promise<MaterialEntity> {
  assertCan(ctx, 'update', 'Material');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit, unchanged }) => {
    const current = await loadForUpdate(tx, input.id);
    const fields = validateCommon(v, input, current);
    if (current.status === MaterialStatus.OBSOLETE) v.fail('id', 'An obsolete material cannot be changed');
    v.throwIfAny();
    await assertUnique(tx, 'gtin', fields.gtin, current.id);
    const { updated, changes, written } = await updateAudited(tx, MaterialEntity, current, input.expectedVersion, fields, MATERIAL_AUDITED_FIELDS);
    if (!written) {
      unchanged();
      return updated;
    }
    audit({ action: 'UPDATE', entityType: 'Material', entityId: updated.id, changes, reason });
    emit(
      materialChangedEvent(
        'UPDATED',
        updated,
        changes.map((c) => c.field),
      ),
    );
    return updated;
  });
}

export async function setMaterialStatus(ctx: RequestContext, input: SetMaterialStatusInput): Promise<MaterialEntity> {
  assertCan(ctx, 'update', 'Material');
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    const current = await loadForUpdate(tx, input.id);
    const check = materialStateMachine.check(current.status, input.status, ctx.principal.roles, input.reason);
    if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', check.code === 'VALIDATION_FAILED' ? 'reason' : 'status']);
    const updated = await updateVersioned(tx, MaterialEntity, current.id, input.expectedVersion, { status: input.status });
    audit({
      action: 'STATUS_CHANGE',
      entityType: 'Material',
      entityId: updated.id,
      changes: diffFields(current, updated, ['status']),
      reason: input.reason.trim(),
    });
    emit(materialChangedEvent('STATUS_CHANGED', updated, ['status']));
    return updated;
  });
}

/** For other modules' rules (e.g. the approved-supplier list): the material as stored, or null. */
export async function findMaterial(ctx: RequestContext, id: string): Promise<MaterialEntity | null> {
  return ctx.manager.findOneBy(MaterialEntity, { id });
}

/** Lookups for other modules' rules: by unique code or GTIN-14. */
export function findMaterialBy(ctx: RequestContext, where: { code: string } | { gtin: string }): Promise<MaterialEntity | null> {
  return ctx.manager.findOneBy(MaterialEntity, where);
}

/** Next internal lot number of a material: its pattern plus a per-material sequence (concurrency-safe). */
export async function nextLotNumber(ctx: RequestContext, material: MaterialEntity): Promise<string> {
  const [{ last_value: value }]: { last_value: string }[] = await ctx.manager.query(
    `INSERT INTO lot_number_sequence (material_id, last_value) VALUES ($1, 1)
     ON CONFLICT (material_id) DO UPDATE SET last_value = lot_number_sequence.last_value + 1
     RETURNING last_value`,
    [material.id],
  );
  return formatLotNumber(material.lotNumberPattern, material.code, Number(value));
}
