import { registerEnumType } from 'type-graphql';

/** What a signature means (21 CFR 11.50(a)(3)). */
export enum SignatureMeaning {
  AUTHORED = 'AUTHORED',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  RELEASED = 'RELEASED',
  VERIFIED = 'VERIFIED',
  CLOSED = 'CLOSED',
}
registerEnumType(SignatureMeaning, { name: 'SignatureMeaning', description: 'The meaning of an electronic signature.' });
