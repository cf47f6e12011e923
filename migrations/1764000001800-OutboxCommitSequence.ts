import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox events get their delivery position (`seq`) once committed, from `outbox_sequence()`:
 * one call at a time (the sequencer row's lock), each numbering the committed events not yet
 * numbered, whole transactions in the order of their first event. Readers follow `seq`, so an
 * open transaction elsewhere (another database, another application, a long import) no longer
 * holds back events that are already committed; it delays only its own.
 *
 * Existing events are numbered in the order they were delivered until now (transaction id, id),
 * and the webhook dispatcher's cursor moves to the same place. Locks: outbox_event and
 * webhook_dispatch_cursor, ACCESS EXCLUSIVE, while every outbox row is rewritten once.
 */
export class OutboxCommitSequence1764000001800 implements MigrationInterface {
  name = 'OutboxCommitSequence1764000001800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_event ADD COLUMN seq bigint`);
    await q.query(`UPDATE outbox_event o SET seq = n.seq
      FROM (SELECT id, row_number() OVER (ORDER BY tx_id, id) AS seq FROM outbox_event) n WHERE o.id = n.id`);
    await q.query(`CREATE UNIQUE INDEX outbox_event_seq_idx ON outbox_event (seq)`);
    await q.query(`CREATE INDEX outbox_event_unsequenced_idx ON outbox_event (tx_id, id) WHERE seq IS NULL`);
    await q.query(`CREATE TABLE outbox_sequencer (id integer PRIMARY KEY CHECK (id = 1), last_seq bigint NOT NULL)`);
    await q.query(`INSERT INTO outbox_sequencer (id, last_seq) SELECT 1, coalesce(max(seq), 0) FROM outbox_event`);
    // A VOLATILE function: in READ COMMITTED each statement sees what committed before it, so the
    // numbering, run once the sequencer's lock is held, sees every earlier call's numbers.
    await q.query(`CREATE FUNCTION outbox_sequence(max_transactions integer) RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        last bigint;
        numbered bigint;
      BEGIN
        SELECT last_seq INTO last FROM outbox_sequencer WHERE id = 1 FOR UPDATE;
        WITH pending AS (
          SELECT tx_id, min(id) AS first_id FROM outbox_event WHERE seq IS NULL
          GROUP BY tx_id ORDER BY first_id LIMIT max_transactions
        ), ranked AS (
          SELECT o.id, row_number() OVER (ORDER BY p.first_id, o.id) AS n
          FROM outbox_event o JOIN pending p ON p.tx_id = o.tx_id WHERE o.seq IS NULL
        )
        UPDATE outbox_event o SET seq = last + ranked.n FROM ranked WHERE o.id = ranked.id;
        GET DIAGNOSTICS numbered = ROW_COUNT;
        IF numbered > 0 THEN
          UPDATE outbox_sequencer SET last_seq = last + numbered WHERE id = 1;
        END IF;
        RETURN numbered;
      END
    $$`);
    await q.query(`ALTER TABLE webhook_dispatch_cursor ADD COLUMN seq bigint`);
    await q.query(`UPDATE webhook_dispatch_cursor c SET seq = (
      SELECT coalesce(max(o.seq), 0) FROM outbox_event o WHERE (o.tx_id, o.id) <= (c.tx_id, c.event_id))`);
    await q.query(`ALTER TABLE webhook_dispatch_cursor ALTER COLUMN seq SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_dispatch_cursor DROP COLUMN seq`);
    await q.query(`DROP FUNCTION outbox_sequence(integer)`);
    await q.query(`DROP TABLE outbox_sequencer`);
    await q.query(`DROP INDEX outbox_event_unsequenced_idx`);
    await q.query(`DROP INDEX outbox_event_seq_idx`);
    await q.query(`ALTER TABLE outbox_event DROP COLUMN seq`);
  }
}
