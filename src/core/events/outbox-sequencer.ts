import type { DataSource } from 'typeorm';

/** How many committing transactions one `outbox_sequence` call numbers at most. */
const SEQUENCE_TRANSACTIONS = 1000;

/**
 * Numbers the events committed since the last call (see migration OutboxCommitSequence): a
 * reader calls it before it reads, so what it reads is everything committed before the call.
 */
export const SEQUENCE_COMMITTED = `SELECT outbox_sequence(${SEQUENCE_TRANSACTIONS}) AS numbered`;

/**
 * Numbers every outbox event committed so far (`outbox_sequence` numbers at most
 * SEQUENCE_TRANSACTIONS transactions a call; fewer events than that means none was left).
 * Outside any transaction of the caller's: the numbering must commit before anyone reads it.
 */
export async function sequenceCommitted(db: DataSource): Promise<void> {
  for (;;) {
    const [{ numbered }]: { numbered: string }[] = await db.query(SEQUENCE_COMMITTED);
    if (Number(numbered) < SEQUENCE_TRANSACTIONS) return;
  }
}
