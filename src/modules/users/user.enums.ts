import { registerEnumType } from 'type-graphql';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: 'Users are deactivated, never deleted.',
  valuesConfig: {
    ACTIVE: { description: 'May sign in and sign records.' },
    DEACTIVATED: { description: 'Tokens are refused; the record stays for the audit trail and past signatures.' },
  },
});
