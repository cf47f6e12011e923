import { registerEnumType } from 'type-graphql';

export enum SalesOrderStatus {
  DRAFT = 'DRAFT',
  CONFIRMED = 'CONFIRMED',
  ALLOCATED = 'ALLOCATED',
  SHIPPED = 'SHIPPED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(SalesOrderStatus, {
  name: 'SalesOrderStatus',
  description: 'The sales order lifecycle.',
  valuesConfig: {
    ALLOCATED: { description: 'Stock reserved (FEFO) for every line.' },
    CANCELLED: { description: 'Cancelled; its allocations were released.' },
    CLOSED: { description: 'Closed after shipping.' },
    CONFIRMED: { description: 'Confirmed with the customer.' },
    DRAFT: { description: 'Being prepared.' },
    SHIPPED: { description: 'Shipped.' },
  },
});
