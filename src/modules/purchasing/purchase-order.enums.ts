import { registerEnumType } from 'type-graphql';

export enum PurchaseOrderStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  SENT = 'SENT',
  PARTIALLY_RECEIVED = 'PARTIALLY_RECEIVED',
  RECEIVED = 'RECEIVED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

/** Orders whose lines goods may be received against. */
export const RECEIVABLE_ORDER: PurchaseOrderStatus[] = [PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED];

registerEnumType(PurchaseOrderStatus, {
  name: 'PurchaseOrderStatus',
  description:
    'DRAFT → APPROVED → SENT → PARTIALLY_RECEIVED → RECEIVED → CLOSED; DRAFT, APPROVED or SENT (nothing received) → CANCELLED; ' +
    'PARTIALLY_RECEIVED → CLOSED when the rest will not come. Receipts move SENT and PARTIALLY_RECEIVED orders on.',
  valuesConfig: {
    APPROVED: { description: 'Approved; not yet sent.' },
    CANCELLED: { description: 'Cancelled while nothing was received.' },
    CLOSED: { description: 'Closed; no more receipts.' },
    DRAFT: { description: 'Being prepared.' },
    PARTIALLY_RECEIVED: { description: 'Some but not all of the ordered quantity received.' },
    RECEIVED: { description: 'Every line received in full.' },
    SENT: { description: 'Sent to the supplier; receipts may be made against it.' },
  },
});
