import { registerEnumType } from 'type-graphql';

export enum CustomerStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

registerEnumType(CustomerStatus, {
  name: 'CustomerStatus',
  description: 'ACTIVE <-> INACTIVE. INACTIVE customers take no new orders; their records stay for recalls.',
  valuesConfig: {
    ACTIVE: { description: 'May receive orders and shipments.' },
    INACTIVE: { description: 'Deactivated with a reason; kept for distribution records and recalls.' },
  },
});
