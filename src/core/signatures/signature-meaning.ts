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
registerEnumType(SignatureMeaning, {
  name: 'SignatureMeaning',
  description: 'The meaning of an electronic signature.',
  valuesConfig: {
    APPROVED: { description: 'Approved (e.g. a disposition or a CAPA plan).' },
    AUTHORED: { description: 'Authored the record.' },
    CLOSED: { description: 'Closed the record (e.g. a nonconformance or CAPA).' },
    RELEASED: { description: 'Released the lot (QA release).' },
    REVIEWED: { description: 'Reviewed the record.' },
    VERIFIED: { description: "Verified the record (e.g. a CAPA's effectiveness)." },
  },
});
