import { registerEnumType } from 'type-graphql';

/** Kinds of stock movement in the append-only ledger. */
export enum MovementType {
  RECEIVE = 'RECEIVE',
  TRANSFER = 'TRANSFER',
  ISSUE = 'ISSUE',
  PRODUCE = 'PRODUCE',
  SHIP = 'SHIP',
  ADJUST = 'ADJUST',
  /** Written off: by a QA disposition, or by moveStock from a released lot only. */
  SCRAP = 'SCRAP',
  /** Retained samples (留样). */
  SAMPLE = 'SAMPLE',
  /** Goods sent back to their supplier (a RETURN_TO_SUPPLIER disposition). */
  RETURN = 'RETURN',
}

registerEnumType(MovementType, {
  name: 'MovementType',
  description: 'Kinds of stock movement; SAMPLE takes retained samples. SCRAP and RETURN of a lot that is not released come only from QA dispositions.',
  valuesConfig: {
    ADJUST: { description: 'A stock count correction (adjustStock).' },
    ISSUE: { description: 'Issued out of stock, e.g. to a work order or maintenance.' },
    PRODUCE: { description: 'Stock of a lot produced by a work order.' },
    RECEIVE: { description: 'Stock of a lot received from a supplier.' },
    RETURN: { description: 'Returned to the supplier.' },
    SAMPLE: { description: 'Taken as a retained sample (留样).' },
    SCRAP: { description: 'Scrapped.' },
    SHIP: { description: 'Shipped to a customer.' },
    TRANSFER: { description: 'Moved between two locations.' },
  },
});

/**
 * Movement types moveStock accepts. The others come from receipts, production, adjustments,
 * dispositions and shipments (SHIP only through shipSalesOrder, which keeps the distribution record).
 */
export const MOVE_TYPES = [MovementType.TRANSFER, MovementType.ISSUE, MovementType.SCRAP, MovementType.SAMPLE];
