import { registerEnumType } from 'type-graphql';

export enum OrderKind {
  PURCHASE = 'PURCHASE',
  SALES = 'SALES',
}

registerEnumType(OrderKind, { name: 'OrderKind' });
