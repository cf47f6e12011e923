import { LotStatus } from '../modules/lots/lot.enums';
import { transitionLot } from '../modules/lots/lot-lifecycle.service';
import { NonconformanceEntity } from '../modules/quality/nonconformance.entity';
import { closeNonconformance, dispositionNonconformance, openNonconformance, reviewNonconformance } from '../modules/quality/nonconformance-lifecycle.service';
import { Disposition, NonconformanceSource } from '../modules/quality/quality.enums';
import { QualificationStatus } from '../modules/suppliers/supplier.enums';
import { setSupplierQualification } from '../modules/suppliers/supplier.service';
import { SupplierEntity } from '../modules/suppliers/supplier.entity';
import { openCapa } from '../modules/capa/capa.service';
import { advanceCapa } from '../modules/capa/capa-lifecycle.service';
import { addCapaAction, completeCapaAction } from '../modules/capa/capa-action.service';
import { CapaRisk, CapaStatus } from '../modules/capa/capa.enums';
import type { CapaEntity } from '../modules/capa/capa.entity';
import { lotVersion } from './demo-lots';
import type { DemoPlant } from './demo-context';

const QA = 'demo-qa-manager';
const QA_LEAD = 'demo-qa-lead';

/** The nonconformance opened on a lot (by its failed inspection or its rejection). */
async function nonconformanceOf(plant: DemoPlant, lotKey: string): Promise<NonconformanceEntity> {
  const ncr = await plant
    .as(QA)
    .manager.createQueryBuilder(NonconformanceEntity, 'nc')
    .where(':lot = ANY(nc.lot_ids)', { lot: plant.id(lotKey) })
    .getOneOrFail();
  return plant.remember(`ncr:${lotKey}`, ncr);
}

async function review(plant: DemoPlant, lotKey: string, summary: string): Promise<NonconformanceEntity> {
  const nc = await nonconformanceOf(plant, lotKey);
  return reviewNonconformance(plant.as(QA_LEAD), { id: nc.id, expectedVersion: nc.version, summary });
}

/** Reviewed, dispositioned (signed by QA, who did not open it) and, unless a concession runs, closed. */
async function dispose(plant: DemoPlant, lotKey: string, disposition: Disposition, summary: string, justification: string, signer = QA, close = true) {
  const reviewed = await review(plant, lotKey, summary);
  const { nonconformance } = await dispositionNonconformance(plant.as(signer), {
    id: reviewed.id,
    expectedVersion: reviewed.version,
    disposition,
    justification,
    signature: plant.sign('APPROVED', justification),
    concession: disposition === Disposition.USE_AS_IS ? { maxQuantity: '500', validUntil: plant.day(60) } : null,
  });
  if (!close) return;
  await closeNonconformance(plant.as(signer), {
    id: nonconformance.id,
    expectedVersion: nonconformance.version,
    reason: 'Disposition carried out and verified',
    signature: plant.sign('CLOSED', 'Nonconformance closed'),
  });
}

async function advance(plant: DemoPlant, as: string, capa: CapaEntity, to: CapaStatus, fields: Partial<Parameters<typeof advanceCapa>[1]> = {}): Promise<CapaEntity> {
  return (await advanceCapa(plant.as(as), { id: capa.id, expectedVersion: capa.version, to, reason: `To ${to}`, ...fields })).capa;
}

/**
 * CAPA on the tubing diameter failure, in IMPLEMENTATION: its owner (the QA lead, who opened it)
 * investigated, the QA manager approved the plan (signed), one of two actions is done. A second
 * CAPA, on the guidewire supplier, waits in TRIAGE.
 */
async function seedCapas(plant: DemoPlant): Promise<void> {
  let capa = plant.remember(
    'capa:tubing',
    await openCapa(plant.as(QA_LEAD), {
      title: 'Tubing outer diameter out of tolerance / 管材外径超差',
      description: 'Incoming inspection found OD 2.41 mm on Polymed lot PX-24-0902 (spec 2.28-2.38 mm).',
      dueOn: plant.day(45),
      nonconformanceIds: [plant.id('ncr:lot:tube-fail')],
    }),
  );
  capa = await advance(plant, QA_LEAD, capa, CapaStatus.TRIAGE);
  capa = await advance(plant, QA_LEAD, capa, CapaStatus.INVESTIGATION, {
    ownerId: plant.id('usr:demo-qa-lead'),
    risk: CapaRisk.MEDIUM,
    containment: 'Lot PX-24-0902 rejected and segregated in MRB; remaining Polymed stock re-measured, all within tolerance',
  });
  const actions: [string, string, number][] = [
    ['Supplier to add 100 % laser OD gauging at extrusion line 3 (SCAR-2026-014)', 'demo-purchasing', 20],
    ['Tighten incoming sampling for PU tubing from 2 to 5 samples until 5 lots pass', 'demo-qa-inspector', 30],
  ];
  const actionIds: string[] = [];
  for (const [description, owner, due] of actions) {
    const added = await addCapaAction(plant.as(QA_LEAD), { capaId: capa.id, expectedVersion: capa.version, description, ownerId: plant.id(`usr:${owner}`), dueOn: plant.day(due) });
    capa = added.capa;
    actionIds.push(added.action.id);
  }
  capa = await advance(plant, QA_LEAD, capa, CapaStatus.PLAN_APPROVAL, {
    rootCause: "Die wear on the supplier's extrusion line 3; the supplier's in-process check samples once per reel",
    affectedScope: 'PU-TUBE-7F lots from Polymed line 3 since the last die change',
  });
  capa = (
    await advanceCapa(plant.as(QA), {
      id: capa.id,
      expectedVersion: capa.version,
      to: CapaStatus.IMPLEMENTATION,
      reason: 'Plan approved',
      signature: plant.sign('APPROVED', 'CAPA plan approved'),
    })
  ).capa;
  await completeCapaAction(plant.as('demo-purchasing'), { id: actionIds[0], expectedVersion: 1, note: 'SCAR answered; gauging in place since last week (photo evidence attached)' });

  const supplierCapa = plant.remember(
    'capa:guidewire',
    await openCapa(plant.as(QA_LEAD), {
      title: 'Guidewire diameter drift at Ningbo Medwire / 导丝直径偏移',
      description: 'Lot NB-GW-3307 failed wire diameter and tip flexibility; supplier disqualified pending investigation.',
      dueOn: plant.day(60),
      nonconformanceIds: [plant.id('ncr:lot:wire-return')],
    }),
  );
  await advance(plant, QA_LEAD, supplierCapa, CapaStatus.TRIAGE);
}

/**
 * The nonconformances: the tubing failure under review (its CAPA runs), the hub failure scrapped
 * and closed, the Ningbo guidewire returned and closed (the supplier then disqualified), a pouch
 * lot with a print defect used as is under a concession (CONDITIONAL_RELEASE), and a supplier's
 * recall notice still open.
 */
export async function seedQuality(plant: DemoPlant): Promise<void> {
  await review(plant, 'lot:tube-fail', 'OD above the upper limit on sample 2; supplier notified');
  await dispose(plant, 'lot:hub-fail', Disposition.SCRAP, 'Luer taper gauge rejects 2 of 3 samples', 'Functional defect, cannot be reworked: scrap');
  await dispose(plant, 'lot:wire-return', Disposition.RETURN_TO_SUPPLIER, 'Wire diameter above tolerance on both samples', 'Return to supplier for credit (RMA NB-0077)');
  const ningbo = await plant.as(QA).manager.findOneByOrFail(SupplierEntity, { id: plant.id('sup:SUP-NB-WIRE') });
  await setSupplierQualification(plant.as(QA), {
    id: ningbo.id,
    expectedVersion: ningbo.version,
    status: QualificationStatus.DISQUALIFIED,
    expiresOn: null,
    reason: 'Repeated dimensional failures; disqualified pending CAPA',
  });

  const pouch = plant.id('lot:pouch-concession');
  await transitionLot(
    plant.as(QA),
    {
      id: pouch,
      expectedVersion: await lotVersion(plant.as(QA), pouch),
      reason: 'Lot code print smeared on 3 % of pouches',
      signature: plant.sign('REVIEWED', 'Rejected at incoming check'),
    },
    LotStatus.REJECTED,
  );
  await dispose(
    plant,
    'lot:pouch-concession',
    Disposition.USE_AS_IS,
    'Cosmetic print defect; barrier and seal unaffected',
    'Use as is: the defect does not affect sterility; smeared pouches sorted out at packing',
    QA_LEAD,
    false,
  );

  await openNonconformance(plant.as(QA), {
    source: NonconformanceSource.OTHER,
    lotIds: [plant.id('lot:hub-recall')],
    supplierId: plant.id('sup:SUP-SZ-MOLD'),
    description: 'Supplier recall notice SZM-R-07: possible resin contamination in hub lot SZM-2407-D',
  });
  await seedCapas(plant);
}
