import { CalibrationResult, EquipmentType, MaintenanceKind } from '../modules/equipment/equipment.enums';
import { recordCalibration, registerEquipment } from '../modules/equipment/equipment.service';
import { openMaintenanceOrder } from '../modules/equipment/maintenance-lifecycle.service';
import type { DemoPlant } from './demo-context';

interface EquipmentSeed {
  assetTag: string;
  name: string;
  type: EquipmentType;
  location: string;
  intervalDays?: number;
  /** Days ago of each passing calibration, oldest first. */
  calibrated?: number[];
}

/**
 * The laser micrometer is in calibration; the leak tester falls due within the alert lead time;
 * the torque gauge is overdue (out of calibration everywhere); the pouch sealer needs no
 * calibration and has preventive maintenance planned.
 */
const EQUIPMENT: EquipmentSeed[] = [
  { assetTag: 'EQ-LM-01', name: 'Laser micrometer LS-9000 / 激光测径仪', type: EquipmentType.MEASURING_INSTRUMENT, location: 'QC-LAB', intervalDays: 180, calibrated: [210, 30] },
  { assetTag: 'EQ-LEAK-01', name: 'Pressure decay leak tester / 压降测漏仪', type: EquipmentType.TEST_FIXTURE, location: 'QC-LAB', intervalDays: 90, calibrated: [83] },
  { assetTag: 'EQ-TQ-02', name: 'Luer torque gauge / 鲁尔扭矩计', type: EquipmentType.MEASURING_INSTRUMENT, location: 'QC-LAB', intervalDays: 90, calibrated: [100] },
  { assetTag: 'EQ-SEAL-01', name: 'Rotary band pouch sealer / 封口机', type: EquipmentType.PRODUCTION_ASSET, location: 'CR-LINE-1' },
];

export async function seedEquipment(plant: DemoPlant): Promise<void> {
  const metrology = plant.as('demo-maintenance');
  for (const e of EQUIPMENT) {
    const registered = plant.remember(
      `eq:${e.assetTag}`,
      await registerEquipment(metrology, {
        assetTag: e.assetTag,
        name: e.name,
        type: e.type,
        siteId: plant.id('site:SZ'),
        locationId: plant.id(`loc:${e.location}`),
        calibrationIntervalDays: e.intervalDays ?? null,
        reason: 'Commissioned (IQ/OQ complete)',
      }),
    );
    for (const daysAgo of e.calibrated ?? []) {
      await recordCalibration(metrology, {
        equipmentId: registered.id,
        performedOn: plant.day(-daysAgo),
        performedBy: 'Suzhou Institute of Metrology / 苏州市计量测试院',
        referenceStandard: 'Gauge block set GB-7 (CNAS L0123)',
        asFound: 'Within tolerance',
        asLeft: 'Within tolerance',
        certificateRef: `SZIM-${e.assetTag}-${daysAgo}`,
        result: CalibrationResult.PASS,
      });
    }
  }
  await openMaintenanceOrder(metrology, {
    equipmentId: plant.id('eq:EQ-SEAL-01'),
    kind: MaintenanceKind.PREVENTIVE,
    description: 'Quarterly: replace sealing band, verify temperature profile',
    plannedFor: plant.day(5),
  });
}
