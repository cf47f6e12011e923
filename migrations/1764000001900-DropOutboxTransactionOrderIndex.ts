import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Since OutboxCommitSequence, nothing reads the outbox in (transaction id, id) order: readers
 * follow `seq`, and the numbering finds unnumbered events through its own partial index. The
 * old index only cost every event insert a write. Locks: outbox_event, ACCESS EXCLUSIVE, briefly.
 */
export class DropOutboxTransactionOrderIndex1764000001900 implements MigrationInterface {
  name = 'DropOutboxTransactionOrderIndex1764000001900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_event_tx_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_event_tx_idx ON outbox_event (tx_id, id)`);
  }
}
