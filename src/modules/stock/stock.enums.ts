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
});

/**
 * Movement types moveStock accepts. The others come from receipts, production, adjustments,
 * dispositions and shipments (SHIP only through shipSalesOrder, which keeps the distribution record).
 */
export const MOVE_TYPES = [MovementType.TRANSFER, MovementType.ISSUE, MovementType.SCRAP, MovementType.SAMPLE];
