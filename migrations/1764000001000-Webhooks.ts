import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks for partner systems: the registration (with its owner's claims, so deliveries carry
 * only what the owner may read), one delivery per event and webhook, the log of every attempt,
 * and the dispatcher's position in the outbox.
 */
export class Webhooks1764000001000 implements MigrationInterface {
  name = 'Webhooks1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook (
        id                 text PRIMARY KEY,
        url                text NOT NULL,
        event_types        text[] NOT NULL CHECK (cardinality(event_types) > 0),
        secret             text NOT NULL,
        status             text NOT NULL CHECK (status IN ('ACTIVE','DISABLED')),
        owner_subject      text NOT NULL,
        owner_name         text NOT NULL,
        owner_roles        text[] NOT NULL,
        owner_supplier_id  text,
        owner_site_ids     text[] NOT NULL DEFAULT '{}',
        version            integer NOT NULL DEFAULT 1,
        created_at         timestamptz(3) NOT NULL DEFAULT now(),
        updated_at         timestamptz(3) NOT NULL DEFAULT now(),
        custom_fields      jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id               text PRIMARY KEY,
        webhook_id       text NOT NULL REFERENCES webhook(id),
        event_id         bigint NOT NULL REFERENCES outbox_event(id),
        event_type       text NOT NULL,
        body             jsonb NOT NULL,
        status           text NOT NULL CHECK (status IN ('PENDING','SUCCEEDED','FAILED')),
        attempts         integer NOT NULL DEFAULT 0,
        next_attempt_at  timestamptz(3),
        give_up_at       timestamptz(3) NOT NULL,
        last_status_code integer,
        last_error       text,
        delivered_at     timestamptz(3),
        created_at       timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (webhook_id, event_id)
      )`);
    await q.query(`CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX webhook_delivery_list_idx ON webhook_delivery (webhook_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE webhook_attempt (
        delivery_id   text NOT NULL REFERENCES webhook_delivery(id),
        attempt       integer NOT NULL,
        attempted_at  timestamptz(3) NOT NULL,
        status_code   integer,
        error         text,
        duration_ms   integer NOT NULL,
        PRIMARY KEY (delivery_id, attempt)
      )`);
    await q.query(`CREATE TABLE webhook_dispatch_cursor (id integer PRIMARY KEY CHECK (id = 1), tx_id xid8 NOT NULL, event_id bigint NOT NULL)`);
    await q.query(`INSERT INTO webhook_dispatch_cursor (id, tx_id, event_id)
      SELECT 1, coalesce(last.tx_id, '0'::xid8), coalesce(last.id, 0)
      FROM (SELECT 1) one LEFT JOIN (SELECT tx_id, id FROM outbox_event ORDER BY tx_id DESC, id DESC LIMIT 1) last ON true`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['webhook_dispatch_cursor', 'webhook_attempt', 'webhook_delivery', 'webhook']) await q.query(`DROP TABLE ${t}`);
  }
}
