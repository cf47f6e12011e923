import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { idempotent } from '../../core/idempotency';
import { inTransaction, type UnitOfWork } from '../../core/mutation';
import { alertEvent } from '../../core/alerts/alert-event';
import { AlertType } from '../../core/alerts/alert-type';
import { updateVersioned } from '../../core/persistence/versioned-update';
import type { FieldChange } from '../../core/audit/audit-entry.entity';
import { findLot, findLotForUpdate } from '../lots/lot.service';
import { lotLabel, lotReference } from '../lots/lot-reference';
import type { LotEntity } from '../lots/lot.entity';
import { LotStatus } from '../lots/lot.enums';
import { startTestingIn, transitionLotAsConsequence } from '../lots/lot-lifecycle.service';
import { assertEquipmentUsable, lockEquipmentForUse } from '../equipment/equipment.service';
import { CharacteristicEntity, InspectionEntity, InspectionPlanEntity, ReadingEntity } from './inspection.entities';
import { openNonconformanceIn } from './nonconformance.service';
import { CharacteristicKind, InspectionVerdict, NonconformanceSource } from './quality.enums';
import { computeVerdict } from './verdict';
import { INSPECTION } from './inspection.declaration';
import type { CompleteInspectionInput, RecordInspectionResultsInput, StartInspectionInput } from './quality-inputs.types';

const MAX_READINGS_PER_CALL = 5000;

export const INSPECTION_SPEC = INSPECTION.spec;
export const INSPECTION_COMPLETED = 'InspectionCompleted';

export async function startInspection(ctx: RequestContext, input: StartInspectionInput): Promise<InspectionEntity> {
  assertCan(ctx, 'inspect', 'Inspection');
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const lot = await findLotForUpdate(tx, input.lotId);
    const plan = await tx.manager.findOneBy(InspectionPlanEntity, { materialId: lot.materialId, type: input.type, status: 'ACTIVE' });
    if (!plan) fail(ErrorCode.NOT_FOUND, `No active ${input.type} inspection plan for the lot's material`, ['input', 'type']);
    if (lot.status === LotStatus.QUARANTINE) await startTestingIn(uow, lot, `${input.type} inspection started`);
    else if (lot.status !== LotStatus.UNDER_TEST) fail(ErrorCode.INVALID_TRANSITION, `Lot ${lot.lotNumber} is ${lot.status}`, ['input', 'lotId']);
    return createInspectionIn(uow, lot, plan, InspectorOf.CALLER);
  });
}

/** Who an inspection names as its inspector when it is opened. */
export enum InspectorOf {
  /** A person starting it inspects it. */
  CALLER = 'CALLER',
  /** One opened by another record (a goods receipt) waits for whoever records its first reading. */
  FIRST_READING = 'FIRST_READING',
}

/** An IN_PROGRESS inspection of a lot (already UNDER_TEST) against a plan. */
export async function createInspectionIn(uow: UnitOfWork, lot: LotEntity, plan: InspectionPlanEntity, inspector: InspectorOf): Promise<InspectionEntity> {
  const { ctx: tx } = uow;
  const named = inspector === InspectorOf.CALLER;
  const inspection = await tx.manager.save(
    tx.manager.create(InspectionEntity, {
      id: newId('ins'),
      lotId: lot.id,
      planId: plan.id,
      supplierId: lot.supplierId,
      status: 'IN_PROGRESS',
      verdict: null,
      inspectorId: named ? tx.principal.id : null,
      inspectorName: named ? tx.principal.name : null,
      startedAt: new Date(),
      completedAt: null,
      completedBy: null,
      completedBySubject: null,
      customFields: {},
      version: 1,
    }),
  );
  uow.audit({ action: 'START', entityType: 'Inspection', entityId: inspection.id, changes: [{ field: 'inspection', old: null, new: { lot: lot.id, plan: plan.id, planVersion: plan.planVersion } }] });
  return inspection;
}

async function openInspection(ctx: RequestContext, id: string): Promise<InspectionEntity> {
  const inspection = await ctx.manager.createQueryBuilder(InspectionEntity, 'ins').setLock('pessimistic_write').where('ins.id = :id', { id }).getOne();
  if (!inspection) fail(ErrorCode.NOT_FOUND, `No inspection ${id}`, ['input', 'inspectionId']);
  if (inspection.status !== 'IN_PROGRESS') fail(ErrorCode.INVALID_TRANSITION, 'The inspection is completed', ['input', 'inspectionId']);
  return inspection;
}

/**
 * Readings of one inspection; quantitative ones name equipment that is in calibration right now.
 * The equipment stays locked FOR SHARE until commit, so a calibration FAIL recorded meanwhile
 * either is seen here or waits, and its lookback then finds these readings.
 */
export async function recordInspectionResults(ctx: RequestContext, input: RecordInspectionResultsInput): Promise<{ inspection: InspectionEntity; readings: ReadingEntity[] }> {
  assertCan(ctx, 'inspect', 'Inspection');
  const result = await idempotent(ctx, {
    operation: 'recordInspectionResults',
    key: input.idempotencyKey,
    input,
    prepare: () => {
      if (input.readings.length === 0) fail(ErrorCode.VALIDATION_FAILED, 'No readings', ['input', 'readings']);
      if (input.readings.length > MAX_READINGS_PER_CALL) fail(ErrorCode.VALIDATION_FAILED, `At most ${MAX_READINGS_PER_CALL} readings per call`, ['input', 'readings']);
    },
    run: async (uow) => {
      const { ctx: tx } = uow;
      const inspection = await openInspection(tx, input.inspectionId);
      const plan = await tx.manager.findOneByOrFail(InspectionPlanEntity, { id: inspection.planId });
      const characteristics = await tx.manager.findBy(CharacteristicEntity, { planId: plan.id });
      if (input.readings.length > plan.sampleSize * characteristics.length) {
        fail(ErrorCode.VALIDATION_FAILED, `The plan takes at most ${plan.sampleSize * characteristics.length} readings (${characteristics.length} characteristics × ${plan.sampleSize} samples)`, [
          'input',
          'readings',
        ]);
      }
      const readings: ReadingEntity[] = [];
      for (const [i, r] of input.readings.entries()) {
        const field = ['input', 'readings', String(i)];
        const c = characteristics.find((x) => x.id === r.characteristicId);
        if (!c) fail(ErrorCode.VALIDATION_FAILED, "The characteristic is not in this inspection's plan", field);
        if (r.sampleNo < 1 || r.sampleNo > plan.sampleSize) fail(ErrorCode.VALIDATION_FAILED, `Sample numbers run 1 to ${plan.sampleSize}`, field);
        const quantitative = c.kind === CharacteristicKind.QUANTITATIVE;
        if (quantitative && (r.value == null || r.accepted != null)) fail(ErrorCode.VALIDATION_FAILED, `${c.name} takes a value`, field);
        if (!quantitative && (r.accepted == null || r.value != null)) fail(ErrorCode.VALIDATION_FAILED, `${c.name} takes accepted: true or false`, field);
        if (quantitative && !r.equipmentId) fail(ErrorCode.VALIDATION_FAILED, `${c.name} must name the measuring equipment`, [...field, 'equipmentId']);
        readings.push(
          tx.manager.create(ReadingEntity, {
            id: newId('ird'),
            inspectionId: inspection.id,
            characteristicId: c.id,
            sampleNo: r.sampleNo,
            value: r.value ?? null,
            accepted: r.accepted ?? null,
            equipmentId: r.equipmentId ?? null,
            recordedBy: tx.principal.name,
            recordedBySubject: tx.principal.id,
            recordedAt: new Date(),
          }),
        );
      }
      const equipment = await lockEquipmentForUse(
        tx,
        readings.flatMap((r) => (r.equipmentId ? [r.equipmentId] : [])),
      );
      for (const [i, r] of readings.entries()) {
        if (!r.equipmentId) continue;
        const used = equipment.get(r.equipmentId);
        const field = ['input', 'readings', String(i), 'equipmentId'];
        if (!used) fail(ErrorCode.NOT_FOUND, `No equipment ${r.equipmentId}`, field);
        assertEquipmentUsable(used, field);
      }
      await tx.manager.save(readings);
      const changes: FieldChange[] = [{ field: 'readings', old: null, new: input.readings }];
      let recorded = inspection;
      if (inspection.inspectorId === null) {
        recorded = await updateVersioned(tx, InspectionEntity, inspection.id, inspection.version, { inspectorId: tx.principal.id, inspectorName: tx.principal.name });
        changes.push({ field: 'inspectorName', old: null, new: tx.principal.name });
      }
      uow.audit({ action: 'READINGS', entityType: 'Inspection', entityId: inspection.id, changes });
      return { id: inspection.id, inspection: recorded, readings };
    },
    replay: async (id) => {
      // The replayed input is the first one (same key, same hash): its readings are those of its (characteristic, sample) pairs.
      const asked = new Set(input.readings.map((r) => `${r.characteristicId}|${r.sampleNo}`));
      const stored = await ctx.manager.findBy(ReadingEntity, { inspectionId: id });
      return { id, inspection: await ctx.manager.findOneByOrFail(InspectionEntity, { id }), readings: stored.filter((r) => asked.has(`${r.characteristicId}|${r.sampleNo}`)) };
    },
  });
  return { inspection: result.inspection, readings: result.readings };
}

/**
 * Completes an inspection with the verdict computed from its readings. A FAIL rejects the lot
 * and opens a nonconformance on it, in the same transaction.
 */
export async function completeInspection(ctx: RequestContext, input: CompleteInspectionInput) {
  assertCan(ctx, 'inspect', 'Inspection');
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const inspection = await openInspection(tx, input.inspectionId);
    const plan = await tx.manager.findOneByOrFail(InspectionPlanEntity, { id: inspection.planId });
    const characteristics = await tx.manager.findBy(CharacteristicEntity, { planId: plan.id });
    const readings = await tx.manager.findBy(ReadingEntity, { inspectionId: inspection.id });
    const result = computeVerdict(characteristics, plan.sampleSize, readings);
    if (!result.complete) fail(ErrorCode.VALIDATION_FAILED, `Readings missing: ${result.missing.slice(0, 5).join(', ')}${result.missing.length > 5 ? '...' : ''}`, ['input', 'inspectionId']);
    const completed = await updateVersioned(tx, InspectionEntity, inspection.id, inspection.version, {
      status: 'COMPLETED',
      verdict: result.verdict,
      completedAt: new Date(),
      completedBy: tx.principal.name,
      completedBySubject: tx.principal.id,
    });
    uow.audit({
      action: 'COMPLETE',
      entityType: 'Inspection',
      entityId: inspection.id,
      reason: input.reason,
      changes: [
        { field: 'verdict', old: null, new: result.verdict },
        { field: 'failures', old: null, new: result.failures },
        { field: 'completedBy', old: null, new: tx.principal.name },
      ],
    });
    uow.emit({ type: INSPECTION_COMPLETED, aggregateType: 'Inspection', aggregateId: inspection.id, payload: { verdict: result.verdict, lotId: inspection.lotId, record: { ...completed } } });
    let nonconformance = null;
    if (result.verdict === InspectionVerdict.FAIL) {
      await transitionLotAsConsequence(uow, inspection.lotId, LotStatus.REJECTED, `Inspection ${inspection.id} failed: ${result.failures.join('; ')}`);
      nonconformance = await openNonconformanceIn(uow, {
        source: NonconformanceSource.INSPECTION,
        description: `Inspection failed: ${result.failures.join('; ')}`,
        lotIds: [inspection.lotId],
        inspectionId: inspection.id,
      });
      const lot = await lotReference(tx, await findLot(tx, inspection.lotId));
      uow.emit(
        alertEvent({
          type: AlertType.INSPECTION_FAILED,
          subject: 'Inspection',
          subjectId: inspection.id,
          message: `Inspection of ${lotLabel(lot)} failed: ${result.failures.join('; ')}`,
          scope: { lotId: inspection.lotId, supplierId: inspection.supplierId },
          details: { ...lot, nonconformanceId: nonconformance.id },
        }),
      );
    }
    return { inspection: completed, nonconformance };
  });
}
