import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only, hash-chained audit trail and the transactional outbox. */
export class PlatformAuditAndOutbox1764000000000 implements MigrationInterface {
  name = 'PlatformAuditAndOutbox1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_entry (
        seq          bigserial PRIMARY KEY,
        id           text NOT NULL UNIQUE,
        occurred_at  timestamptz NOT NULL,
        actor_id     text NOT NULL,
        actor_name   text NOT NULL,
        action       text NOT NULL,
        entity_type  text NOT NULL,
        entity_id    text NOT NULL,
        changes      jsonb NOT NULL DEFAULT '[]',
        reason       text,
        request_id   text,
        prev_hash    text NOT NULL,
        hash         text NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, seq)`);
    await q.query(`CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, seq)`);
    await q.query(`CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at)`);
    await q.query(`
      CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()`);

    await q.query(`
      CREATE TABLE outbox_event (
        id              bigserial PRIMARY KEY,
        tx_id           xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_type      text NOT NULL,
        aggregate_type  text NOT NULL,
        aggregate_id    text NOT NULL,
        payload         jsonb NOT NULL,
        occurred_at     timestamptz NOT NULL,
        request_id      text
      )`);
    await q.query(`CREATE INDEX outbox_event_tx_idx ON outbox_event (tx_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_event`);
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP FUNCTION audit_entry_refuse_change()`);
  }
}
