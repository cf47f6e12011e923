import { registerEnumType } from 'type-graphql';

export enum AlertType {
  LOT_EXPIRING = 'LOT_EXPIRING',
  CALIBRATION_DUE = 'CALIBRATION_DUE',
  CAPA_OVERDUE = 'CAPA_OVERDUE',
  LOW_STOCK = 'LOW_STOCK',
  INSPECTION_FAILED = 'INSPECTION_FAILED',
  LOT_ON_HOLD = 'LOT_ON_HOLD',
  /** A signer was locked out after repeated wrong signing passwords (21 CFR 11.300(d)); an ADMIN must reset it. */
  SIGNING_LOCKED = 'SIGNING_LOCKED',
}

registerEnumType(AlertType, { name: 'AlertType', description: 'Conditions that need someone\'s attention.' });
