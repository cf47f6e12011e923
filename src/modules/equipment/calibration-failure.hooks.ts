import type { UnitOfWork } from '../../core/mutation';
import type { EquipmentEntity } from './equipment.entity';

/**
 * What must happen, in the same transaction, when a calibration fails: other modules (quality:
 * hold the lots measured since the last pass and open a nonconformance) register here, so the
 * equipment module does not depend on them.
 */
export type CalibrationFailureHandler = (uow: UnitOfWork, equipment: EquipmentEntity, lastPassOn: string | null) => Promise<void>;

const handlers: CalibrationFailureHandler[] = [];

export function onCalibrationFailure(handler: CalibrationFailureHandler): void {
  handlers.push(handler);
}

export async function runCalibrationFailureHandlers(uow: UnitOfWork, equipment: EquipmentEntity, lastPassOn: string | null): Promise<void> {
  for (const handler of handlers) await handler(uow, equipment, lastPassOn);
}
