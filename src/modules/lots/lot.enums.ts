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

registerEnumType(LotStatus, {
  name: 'LotStatus',
  description: 'Lot status (ISO 13485 7.5.8): only RELEASED, or CONDITIONAL_RELEASE within its concession, may be used.',
  valuesConfig: {
    CONDITIONAL_RELEASE: { description: "Usable only within its concession's quantity, customer or date." },
    EXPIRED: { description: 'Past its expiry date; not usable.' },
    ON_HOLD: { description: 'Held by QA (or a failed calibration, complaint or recall investigation); not usable until released again or rejected.' },
    QUARANTINE: { description: 'Just received or produced, or sent back for rework; awaiting inspection.' },
    RECALLED: { description: 'Recalled; see recallImpact for its downstream lots and customers.' },
    REJECTED: { description: 'Failed inspection or rejected by QA; to be scrapped, returned or reworked.' },
    RELEASED: { description: 'Released by QA with a RELEASED signature: usable and shippable.' },
    RETURNED: { description: 'Returned to its supplier.' },
    SCRAPPED: { description: 'Scrapped.' },
    UNDER_TEST: { description: 'An inspection has started.' },
  },
});
registerEnumType(LotOrigin, {
  name: 'LotOrigin',
  description: 'Where the lot came from.',
  valuesConfig: { RECEIPT: { description: 'Received from a supplier (receiveLot).' }, WORK_ORDER: { description: 'Produced by a work order (produceLot).' } },
});
