import type { DataSource, EntityManager } from 'typeorm';
import { SEQUENCE_COMMITTED, SEQUENCE_TRANSACTIONS } from './outbox-rows';

/**
 * Numbers every outbox event committed so far (`outbox_sequence` numbers at most
 * SEQUENCE_TRANSACTIONS transactions a call; fewer events than that means none was left).
 * Outside any transaction of the caller's: the numbering must commit before anyone reads it.
 */
export async function sequenceCommitted(db: DataSource | EntityManager): Promise<void> {
  for (;;) {
    const [{ numbered }]: { numbered: string }[] = await db.query(SEQUENCE_COMMITTED);
    if (Number(numbered) < SEQUENCE_TRANSACTIONS) return;
  }
}
