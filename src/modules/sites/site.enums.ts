import { registerEnumType } from 'type-graphql';

export enum SiteStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

export enum LocationStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

/** What a storage location is for; quarantine and reject areas keep non-released stock apart. */
export enum LocationType {
  STORAGE = 'STORAGE',
  QUARANTINE = 'QUARANTINE',
  PRODUCTION = 'PRODUCTION',
  LABORATORY = 'LABORATORY',
  SHIPPING = 'SHIPPING',
  RECEIVING = 'RECEIVING',
  REJECT = 'REJECT',
}

registerEnumType(SiteStatus, {
  name: 'SiteStatus',
  description: 'An INACTIVE site takes no new locations or stock; its records stay.',
  valuesConfig: { ACTIVE: { description: 'In use.' }, INACTIVE: { description: 'Takes no new locations or stock; its records stay.' } },
});
registerEnumType(LocationStatus, {
  name: 'LocationStatus',
  description: 'An INACTIVE location takes no new stock; its records stay.',
  valuesConfig: { ACTIVE: { description: 'In use.' }, INACTIVE: { description: 'Takes no new stock; its records stay.' } },
});
registerEnumType(LocationType, {
  name: 'LocationType',
  description: 'What a location is used for.',
  valuesConfig: {
    STORAGE: { description: 'General storage of released stock.' },
    QUARANTINE: { description: 'Stock awaiting inspection or release, kept apart.' },
    PRODUCTION: { description: 'Line-side or work-in-progress area.' },
    LABORATORY: { description: 'QC laboratory; retained samples.' },
    SHIPPING: { description: 'Outbound staging.' },
    RECEIVING: { description: 'Inbound dock.' },
    REJECT: { description: 'Rejected or nonconforming material (MRB area).' },
  },
});
