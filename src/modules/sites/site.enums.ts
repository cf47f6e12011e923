import { registerEnumType } from 'type-graphql';

export enum SiteStatus {
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

registerEnumType(SiteStatus, { name: 'SiteStatus', description: 'INACTIVE sites and locations take no new stock; their records stay.' });
registerEnumType(LocationType, { name: 'LocationType', description: 'What a location is used for.' });
