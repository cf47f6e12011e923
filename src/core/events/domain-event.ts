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
  /** Its delivery position: events are published in `seq` order (numbered once committed). */
  seq?: string;
  occurredAt: Date;
  requestId: string | null;
}
