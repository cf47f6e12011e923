import type { MigrationInterface, QueryRunner } from 'typeorm';

const lifecycle = `
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now(),
  custom_fields  jsonb NOT NULL DEFAULT '{}'`;

/**
 * Purchase orders (ISO 13485 7.4) with their lines, and the order line a received lot was
 * delivered against. Lines carry the order's supplier so the SUPPLIER row scope applies to
 * them without a join; the total is exact (unconstrained numeric: quantity x price keeps
 * every digit).
 */
export class Purchasing1764000001100 implements MigrationInterface {
  name = 'Purchasing1764000001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE purchase_order_number_seq`);
    await q.query(`
      CREATE TABLE purchase_order (
        id               text PRIMARY KEY,
        order_number     text NOT NULL UNIQUE,
        supplier_id      text NOT NULL REFERENCES supplier(id),
        currency         char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        status           text NOT NULL CHECK (status IN ('DRAFT','APPROVED','SENT','PARTIALLY_RECEIVED','RECEIVED','CLOSED','CANCELLED')),
        total_amount     numeric NOT NULL CHECK (total_amount >= 0),
        status_reason    text,
        created_by       text NOT NULL,
        created_by_name  text NOT NULL,
        approved_by      text,
        approved_at      timestamptz(3),
        ${lifecycle},
        CHECK (status IN ('DRAFT','CANCELLED') OR approved_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX purchase_order_list_idx ON purchase_order (created_at, id)`);
    await q.query(`CREATE INDEX purchase_order_supplier_idx ON purchase_order (supplier_id, created_at, id)`);
    await q.query(`
      CREATE TABLE purchase_order_line (
        id                 text PRIMARY KEY,
        order_id           text NOT NULL REFERENCES purchase_order(id),
        supplier_id        text NOT NULL REFERENCES supplier(id),
        line_no            integer NOT NULL CHECK (line_no > 0),
        material_id        text NOT NULL REFERENCES material(id),
        quantity           numeric(20,6) NOT NULL CHECK (quantity > 0),
        unit_price         numeric(20,6) NOT NULL CHECK (unit_price >= 0),
        due_on             date NOT NULL,
        received_quantity  numeric(20,6) NOT NULL DEFAULT 0 CHECK (received_quantity >= 0),
        UNIQUE (order_id, line_no)
      )`);
    await q.query(`CREATE INDEX purchase_order_line_material_idx ON purchase_order_line (material_id)`);
    await q.query(`ALTER TABLE lot ADD COLUMN purchase_order_line_id text REFERENCES purchase_order_line(id)`);
    await q.query(`CREATE INDEX lot_purchase_order_line_idx ON lot (purchase_order_line_id) WHERE purchase_order_line_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE lot DROP COLUMN purchase_order_line_id`);
    await q.query(`DROP TABLE purchase_order_line`);
    await q.query(`DROP TABLE purchase_order`);
    await q.query(`DROP SEQUENCE purchase_order_number_seq`);
  }
}
