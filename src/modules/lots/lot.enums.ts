import { registerEnumType } from 'type-graphql';

/** DOMAIN.md's lot states. Consumed and shipped quantities are stock movements, not states. */
export enum LotStatus {
  QUARANTINE = 'QUARANTINE',
  UNDER_TEST = 'UNDER_TEST',
  RELEASED = 'RELEASED',
  CONDITIONAL_RELEASE = 'CONDITIONAL_RELEASE',
  ON_HOLD = 'ON_HOLD',
  REJECTED = 'REJECTED',
  SCRAPPED = 'SCRAPPED',
  RETURNED = 'RETURNED',
  RECALLED = 'RECALLED',
  EXPIRED = 'EXPIRED',
}

export enum LotOrigin {
  RECEIPT = 'RECEIPT',
  WORK_ORDER = 'WORK_ORDER',
}

registerEnumType(LotStatus, { name: 'LotStatus', description: 'Lot status (ISO 13485 7.5.8): only RELEASED, or CONDITIONAL_RELEASE within its concession, may be used.' });
registerEnumType(LotOrigin, { name: 'LotOrigin', description: 'Where the lot came from.' });
