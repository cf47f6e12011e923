/** A fact recorded in the outbox inside the transaction that caused it. */
export interface DomainEvent<P = Record<string, unknown>> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: P;
}

/** A committed event as the relay publishes it. */
export interface PublishedEvent<P = Record<string, unknown>> extends DomainEvent<P> {
  id: string;
  /** The committing transaction's id (xid8 as text); with `id`, the outbox order. */
  txId?: string;
  occurredAt: Date;
  requestId: string | null;
}
