import { newId } from '../../core/ids';
import type { UnitOfWork } from '../../core/mutation';
import { diffFields } from '../../core/audit/audit-diff';
import { NonconformanceEntity } from './nonconformance.entity';
import type { LotEntity } from '../lots/lot.entity';
import { NonconformanceSource, NonconformanceStatus } from './quality.enums';
import { NONCONFORMANCE } from './nonconformance.declaration';
import { lotsByIds } from '../lots/lot.lookups';

export const NONCONFORMANCE_SPEC = NONCONFORMANCE.spec;

export interface NewNonconformance {
  source: NonconformanceSource;
  description: string;
  lotIds: string[];
  inspectionId?: string | null;
  equipmentId?: string | null;
  /** Raised against this supplier; an inspection's nonconformance defaults to its lots' common supplier. */
  supplierId?: string | null;
}

/** Opens a nonconformance inside the caller's transaction (raised by an inspection, a calibration, a person). */
export async function openNonconformanceIn(uow: UnitOfWork, data: NewNonconformance): Promise<NonconformanceEntity> {
  const { ctx } = uow;
  const supplierId = data.supplierId ?? (data.source === NonconformanceSource.INSPECTION ? await commonSupplier(uow, data.lotIds) : null);
  const nc = await ctx.manager.save(
    ctx.manager.create(NonconformanceEntity, {
      id: newId('nc'),
      status: NonconformanceStatus.OPEN,
      source: data.source,
      description: data.description,
      lotIds: data.lotIds,
      inspectionId: data.inspectionId ?? null,
      equipmentId: data.equipmentId ?? null,
      supplierId,
      openedBy: ctx.principal.name,
      openedBySubject: ctx.principal.id,
      reviewSummary: null,
      reviewedBy: null,
      reviewedAt: null,
      disposition: null,
      dispositionJustification: null,
      dispositionedBy: null,
      dispositionedAt: null,
      concessionId: null,
      closedBy: null,
      closedAt: null,
      customFields: {},
      version: 1,
    }),
  );
  uow.audit({
    action: 'OPEN',
    entityType: 'Nonconformance',
    entityId: nc.id,
    reason: data.description,
    changes: diffFields(null, nc, ['status', 'source', 'lotIds', 'inspectionId', 'equipmentId', 'supplierId']),
  });
  uow.emit({ type: 'NonconformanceOpened', aggregateType: 'Nonconformance', aggregateId: nc.id, payload: { record: { ...nc } } });
  return nc;
}

async function commonSupplier(uow: UnitOfWork, lotIds: string[]): Promise<string | null> {
  const suppliers = new Set((await lotsByIds(uow.ctx.manager, lotIds)).map((l) => l.supplierId));
  return suppliers.size === 1 ? [...suppliers][0] : null;
}

/** DOMAIN: a rejected lot has a nonconformance; a rejection outside an existing one opens it. */
export async function openNonconformanceOnRejection(uow: UnitOfWork, lot: LotEntity, reason: string): Promise<void> {
  const open: unknown[] = await uow.ctx.manager.query(`SELECT 1 FROM nonconformance WHERE $1 = ANY(lot_ids) AND status <> 'CLOSED' LIMIT 1`, [lot.id]);
  if (open.length > 0) return;
  await openNonconformanceIn(uow, { source: NonconformanceSource.OTHER, description: `Lot ${lot.lotNumber} rejected: ${reason}`, lotIds: [lot.id] });
}
