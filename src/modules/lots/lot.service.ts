import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import type { Connection, ConnectionArgs } from '../../core/graphql/connection';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { parseUdi } from '../../core/gs1/udi';
import { udiMismatch } from './lot-udi';
import { newId } from '../../core/ids';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { findMaterial, findMaterialBy, nextLotNumber } from '../materials/material.service';
import { MaterialStatus } from '../materials/material.enums';
import { expiryFromShelfLife } from '../materials/lot-number-pattern';
import { isApprovedSource } from '../approved-suppliers/material-supplier.service';
import { findLocation } from '../sites/location.service';
import { LocationStatus } from '../sites/site.enums';
import { applyMovement } from '../stock/stock-ledger';
import { MovementType } from '../stock/stock.enums';
import { idempotent } from '../../core/idempotency';
import { todayUtc } from '../../core/dates';
import { LOT_AUDITED_FIELDS, LotEntity } from './lot.entity';
import { LotOrigin, LotStatus } from './lot.enums';
import { lotStatusChangedEvent } from './lot.events';
import { runReceiptHooks } from './lot-receipt.hooks';
import { LOT_SPEC } from './lot.table';
import { BLOCKED, expiresBeforeUse, isExpired, USABLE } from './lot.state';
import type { LotFilter, LotOrder } from './lot.types';
import { LOT } from './lot.declaration';
import type { ReceiveLotInput } from './lot-inputs.types';

/** Lots the caller may read (a SUPPLIER: the lots it supplied), newest first unless ordered otherwise. */
export function listLots(ctx: RequestContext, args: ConnectionArgs, filter: LotFilter = {}, orderBy?: LotOrder[]): Promise<Connection<LotEntity>> {
  return LOT.list(ctx, args, filter, orderBy);
}

/** A lot by material code and internal (or, failing that, supplier) lot number, within the caller's row scope. */
export async function lotByNumber(ctx: RequestContext, materialCode: string, lotNumber: string): Promise<LotEntity | null> {
  const material = await findMaterialBy(ctx, { code: materialCode });
  if (!material) return null;
  return (
    authorizedQuery(ctx, LOT_SPEC)
      .andWhere('lt.material_id = :mid AND (lt.lot_number = :n OR lt.supplier_lot_number = :n)', { mid: material.id, n: lotNumber })
      .orderBy('(lt.lot_number = :n)', 'DESC')
      // Several lots may share a supplier lot number: the lowest id, the same on both read paths.
      .addOrderBy('lt.id')
      .getOne()
  );
}

/**
 * A lot by its UDI: the GTIN names the material, (10) the lot; a (11), (17) or (21) in the string
 * must match the lot's record, else the scan is refused naming the AI (field `['udi', '(AI)']`).
 */
export async function lotByUdi(ctx: RequestContext, udi: string): Promise<LotEntity | null> {
  const parsed = parseUdi(udi);
  if (!parsed.ok) fail(ErrorCode.VALIDATION_FAILED, parsed.message, ['udi']);
  const { gtin, lot } = parsed.udi;
  if (!lot) fail(ErrorCode.VALIDATION_FAILED, 'The UDI has no (10) lot number', ['udi', '(10)']);
  const material = await findMaterialBy(ctx, { gtin });
  if (!material) fail(ErrorCode.NOT_FOUND, `No material has GTIN ${gtin}`, ['udi', '(01)']);
  const found = await lotByNumber(ctx, material.code, lot);
  if (!found) return null;
  const mismatch = udiMismatch(parsed.udi, found);
  if (mismatch) fail(ErrorCode.VALIDATION_FAILED, mismatch.message, ['udi', `(${mismatch.ai})`]);
  return found;
}

/** Receives a supplier's lot into QUARANTINE; only from an approved, qualified source (ISO 13485 7.4). */
export async function receiveLot(ctx: RequestContext, input: ReceiveLotInput): Promise<LotEntity> {
  assertCan(ctx, 'receive', 'Lot');
  return idempotent(ctx, {
    operation: 'receiveLot',
    key: input.idempotencyKey,
    input,
    prepare: () => {
      const v = new InputValidator();
      const supplierLotNumber = v.text('supplierLotNumber', input.supplierLotNumber, 64);
      if (Number(input.quantity) <= 0) v.fail('quantity', 'The quantity must be greater than zero');
      const serialNumber = v.optionalText('serialNumber', input.serialNumber, 64);
      const customFields = v.customFields('customFields', input.customFields) ?? {};
      if (input.manufacturedOn && input.manufacturedOn > todayUtc()) v.fail('manufacturedOn', 'The manufacture date is in the future');
      v.throwIfAny();
      return { supplierLotNumber, serialNumber, customFields };
    },
    run: async (uow, { supplierLotNumber, serialNumber, customFields }) => {
      const { ctx: tx, audit, emit } = uow;
      const material = await findMaterial(tx, input.materialId);
      if (!material) fail(ErrorCode.NOT_FOUND, `No material ${input.materialId}`, ['input', 'materialId']);
      if (material.status !== MaterialStatus.ACTIVE) fail(ErrorCode.VALIDATION_FAILED, `Material ${material.code} is ${material.status}, not ACTIVE`, ['input', 'materialId']);
      if (!material.lotControlled) fail(ErrorCode.VALIDATION_FAILED, `Material ${material.code} is not lot-controlled`, ['input', 'materialId']);
      if (input.unit && input.unit !== material.unit) fail(ErrorCode.VALIDATION_FAILED, `Material ${material.code} is kept in ${material.unit}`, ['input', 'unit']);
      if (!(await isApprovedSource(tx, material.id, input.supplierId))) {
        fail(ErrorCode.SUPPLIER_NOT_APPROVED, `Supplier ${input.supplierId} is not an approved, qualified source of ${material.code}`, ['input', 'supplierId']);
      }
      const location = await findLocation(tx, input.locationId);
      if (!location) fail(ErrorCode.NOT_FOUND, `No location ${input.locationId}`, ['input', 'locationId']);
      if (location.status !== LocationStatus.ACTIVE) fail(ErrorCode.VALIDATION_FAILED, `Location ${location.code} is inactive`, ['input', 'locationId']);
      if (!canOn(tx, 'receive', 'Lot', { siteId: location.siteId })) fail(ErrorCode.FORBIDDEN, `Not allowed to receive at site ${location.siteId}`, ['input', 'locationId']);
      const expiresOn = input.expiresOn ?? (material.shelfLifeDays ? expiryFromShelfLife(input.manufacturedOn ?? todayUtc(), material.shelfLifeDays) : null);
      assertNewLotInDate(expiresOn);
      if (expiresOn && input.manufacturedOn && expiresOn < input.manufacturedOn) fail(ErrorCode.VALIDATION_FAILED, 'Expiry before manufacture', ['input', 'expiresOn']);
      const lot = await tx.manager.save(
        tx.manager.create(LotEntity, {
          id: newId('lot'),
          materialId: material.id,
          lotNumber: await nextLotNumber(tx, material),
          supplierLotNumber,
          supplierId: input.supplierId,
          concessionId: null,
          origin: LotOrigin.RECEIPT,
          workOrderId: null,
          purchaseOrderLineId: input.purchaseOrderLineId ?? null,
          siteId: location.siteId,
          quantity: input.quantity,
          unit: material.unit,
          manufacturedOn: input.manufacturedOn ?? null,
          expiresOn,
          serialNumber,
          status: LotStatus.QUARANTINE,
          statusReason: null,
          releasedAt: null,
          releasedBy: null,
          createdBy: ctx.principal.id,
          createdByName: ctx.principal.name,
          customFields,
          version: 1,
        }),
      );
      audit({ action: 'RECEIVE', entityType: 'Lot', entityId: lot.id, reason: input.reason, changes: diffFields(null, lot, LOT_AUDITED_FIELDS) });
      await applyMovement(uow, {
        type: MovementType.RECEIVE,
        lotId: lot.id,
        materialId: lot.materialId,
        quantity: lot.quantity,
        reason: input.reason,
        to: { locationId: location.id, siteId: location.siteId },
      });
      emit(lotStatusChangedEvent(null, lot, input.reason ?? null));
      await runReceiptHooks(uow, lot, input.reason ?? null);
      // The hooks may have moved the lot on (an incoming inspection puts it UNDER_TEST).
      return tx.manager.findOneByOrFail(LotEntity, { id: lot.id });
    },
    replay: (id) => findLot(ctx, id),
  });
}

/**
 * The lot under a share lock, for a use of its stock (issue, consumption, shipment): a hold or
 * recall committing meanwhile waits for this transaction, so it cannot slip past the status check.
 */
export function findLotForUse(ctx: RequestContext, id: string): Promise<LotEntity> {
  return findLocked(ctx, id, 'pessimistic_read');
}

/**
 * The lot under an exclusive row lock, for a change to what its release depends on (starting an
 * inspection): a release checking its conditions holds the same lock, so neither slips past the other.
 */
export function findLotForUpdate(ctx: RequestContext, id: string): Promise<LotEntity> {
  return findLocked(ctx, id, 'pessimistic_write');
}

async function findLocked(ctx: RequestContext, id: string, lock: 'pessimistic_read' | 'pessimistic_write'): Promise<LotEntity> {
  const lot = await ctx.manager.createQueryBuilder(LotEntity, 'lt').setLock(lock).where('lt.id = :id', { id }).getOne();
  if (!lot) fail(ErrorCode.NOT_FOUND, `No lot ${id}`, ['input', 'lotId']);
  return lot;
}

/** The lot as stored, for other services' rules; NOT_FOUND when absent. */
export async function findLot(ctx: RequestContext, id: string): Promise<LotEntity> {
  const lot = await ctx.manager.findOneBy(LotEntity, { id });
  if (!lot) fail(ErrorCode.NOT_FOUND, `No lot ${id}`, ['input', 'lotId']);
  return lot;
}

/**
 * ISO 13485 7.5.8: only a RELEASED (or conditionally released) lot that has not expired may be
 * issued, consumed or shipped. Conditional releases are checked against their concession later.
 */
export function assertLotUsable(lot: LotEntity, today: string = todayUtc()): void {
  if (!USABLE.includes(lot.status)) {
    fail(ErrorCode.LOT_NOT_RELEASED, `Lot ${lot.lotNumber} is ${lot.status}`, ['input', 'lotId']);
  }
  if (isExpired(lot.expiresOn, today)) fail(ErrorCode.LOT_EXPIRED, `Lot ${lot.lotNumber} expired on ${lot.expiresOn}`, ['input', 'lotId']);
}

/** A lot being received or produced is refused when it expires today or earlier (`expiresBeforeUse`). */
export function assertNewLotInDate(expiresOn: string | null, today: string = todayUtc()): void {
  if (expiresBeforeUse(expiresOn, today)) fail(ErrorCode.LOT_EXPIRED, `The lot expires on ${expiresOn}`, ['input', 'expiresOn']);
}

/**
 * What stock a movement may take out of a lot without a QA decision: a SCRAP only from a usable
 * lot (scrapping any other is a disposition), a SAMPLE from any lot that is not blocked (retained
 * samples are drawn before or at release). Transfers between locations are never refused here.
 */
export function assertTakenOutWithoutDisposition(lot: LotEntity, type: MovementType.SCRAP | MovementType.SAMPLE): void {
  const allowed = type === MovementType.SCRAP ? USABLE.includes(lot.status) : !BLOCKED.includes(lot.status);
  if (!allowed) {
    fail(ErrorCode.LOT_NOT_RELEASED, `Lot ${lot.lotNumber} is ${lot.status}: its stock leaves only through a QA disposition (scrapLot, returnLot, or a nonconformance's SCRAP or RETURN_TO_SUPPLIER)`, [
      'input',
      'lotId',
    ]);
  }
}
