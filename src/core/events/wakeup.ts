import type { EntityManager } from 'typeorm';

/** The channel name on both transports. */
export const OUTBOX_CHANNEL = 'lotgraph_outbox';

/**
 * Tells every Lotgraph process sharing the database that outbox events were committed, so its
 * relay reads them at once instead of on its next poll. A wake-up carries nothing: the outbox
 * is the source of truth, and a lost wake-up only delays delivery until the next poll.
 */
export interface OutboxWakeup {
  readonly transport: 'postgres' | 'redis';
  /** Starts listening; `onWake` runs whenever any process committed outbox events. */
  start(onWake: () => void): Promise<void>;
  /** Inside the committing transaction (PostgreSQL delivers NOTIFY at commit, not before). */
  beforeCommit(manager: EntityManager): Promise<void>;
  /** Once the transaction has committed. */
  afterCommit(): void;
  stop(): Promise<void>;
}
