import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { INSPECTION_COMPLETED } from './inspection.service';
import { inspectionCompletionFor } from './inspection-changes.service';
import { loadByIds, loadChildrenByIds } from '../../core/graphql/authorized-query';
import { combinedReads } from '../../core/reads/read-registry';
import { onCalibrationFailure } from '../equipment/calibration-failure.hooks';
import { calibrationFailureLookback } from './calibration-lookback';
import { onReject, onRelease } from '../lots/lot-release.hooks';
import { onReceipt } from '../lots/lot-receipt.hooks';
import { openIncomingInspectionOnReceipt } from './incoming-inspection';
import { assertReleasable } from './release-conditions';
import { CharacteristicEntity, InspectionEntity, InspectionPlanEntity, ReadingEntity } from './inspection.entities';
import { INSPECTION_SPEC } from './inspection.service';
import { PLAN_SPEC } from './inspection-plan.service';
import { NonconformanceEntity, nonconformanceSignedContent } from './nonconformance.entity';
import { openNonconformanceOnRejection } from './nonconformance.service';
import { NONCONFORMANCE } from './nonconformance.declaration';
import { INSPECTION } from './inspection.declaration';
import { QualityResolver } from './quality.resolver';
import { InspectionResolver } from './inspection.resolver';
import { InspectionCharacteristicResolver, InspectionPlanResolver } from './inspection-plan.resolver';
import { LotConcessionResolver, NonconformanceResolver } from './nonconformance.resolver';
import { CONCESSION_SPEC } from '../lots/concession.table';

onCalibrationFailure(calibrationFailureLookback);
onRelease(assertReleasable);
onReject(openNonconformanceOnRejection);
onReceipt((uow, lot) => openIncomingInspectionOnReceipt(uow, lot));

export const qualityModule: ModuleDefinition = {
  name: 'quality',
  eventSubscriptions: [{ eventType: INSPECTION_COMPLETED, field: 'inspectionCompleted', map: (ctx) => inspectionCompletionFor(ctx) }],
  resolvers: [QualityResolver, InspectionResolver, InspectionPlanResolver, InspectionCharacteristicResolver, NonconformanceResolver, LotConcessionResolver],
  entities: [InspectionPlanEntity, CharacteristicEntity, InspectionEntity, ReadingEntity, NonconformanceEntity],
  nodes: {
    ipl: (ctx, ids) => loadByIds(ctx, PLAN_SPEC, ids),
    ich: (ctx, ids) => loadChildrenByIds(ctx, { entity: CharacteristicEntity, alias: 'ich', parentColumn: 'plan_id', parent: PLAN_SPEC }, ids),
    ins: INSPECTION.nodeLoader,
    ird: (ctx, ids) => loadChildrenByIds(ctx, { entity: ReadingEntity, alias: 'ird', parentColumn: 'inspection_id', parent: INSPECTION_SPEC }, ids),
    nc: NONCONFORMANCE.nodeLoader,
    cnc: (ctx, ids) => loadByIds(ctx, CONCESSION_SPEC, ids),
  },
  reads: combinedReads(NONCONFORMANCE.reads, INSPECTION.reads),
  signedContent: {
    Nonconformance: async (manager, id) => {
      const nc = await manager.findOneBy(NonconformanceEntity, { id });
      return nc ? { version: nc.version, content: nonconformanceSignedContent(nc) } : null;
    },
  },
};
