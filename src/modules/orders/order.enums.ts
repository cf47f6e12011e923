import { registerEnumType } from 'type-graphql';

export enum OrderKind {
  PURCHASE = 'PURCHASE',
  SALES = 'SALES',
}

registerEnumType(OrderKind, {
  name: 'OrderKind',
  description: 'Which kind of order an event is about.',
  valuesConfig: { PURCHASE: { description: 'A purchase order.' }, SALES: { description: 'A sales order.' } },
});
