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

registerEnumType(AlertType, {
  name: 'AlertType',
  description: "Conditions that need someone's attention.",
  valuesConfig: {
    CALIBRATION_DUE: { description: 'A piece of equipment is near or past its calibration due date.' },
    CAPA_OVERDUE: { description: 'A CAPA or one of its actions is past its due date.' },
    INSPECTION_FAILED: { description: 'An inspection completed with verdict FAIL.' },
    LOT_EXPIRING: { description: 'A released lot will expire soon.' },
    LOT_ON_HOLD: { description: 'A lot was placed ON_HOLD.' },
    LOW_STOCK: { description: 'Available stock of a material fell below its reorder point.' },
    SIGNING_LOCKED: { description: 'A signer was locked after repeated failed signing attempts (21 CFR 11.300).' },
  },
});
