import type { MigrationInterface, QueryRunner } from 'typeorm';

const MOVEMENT_TYPES = ['RECEIVE', 'TRANSFER', 'ISSUE', 'PRODUCE', 'SHIP', 'ADJUST', 'SCRAP', 'SAMPLE'];

/** Stock balances per lot and location, the append-only movement ledger, and idempotency records. */
export class StockLedger1764000000400 implements MigrationInterface {
  name = 'StockLedger1764000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stock_balance (
        lot_id       text NOT NULL REFERENCES lot(id),
        location_id  text NOT NULL REFERENCES location(id),
        site_id      text NOT NULL REFERENCES site(id),
        material_id  text NOT NULL REFERENCES material(id),
        quantity     numeric(20,6) NOT NULL CHECK (quantity >= 0),
        updated_at   timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (lot_id, location_id)
      )`);
    await q.query(`CREATE INDEX stock_balance_location_idx ON stock_balance (location_id, lot_id)`);
    await q.query(`CREATE INDEX stock_balance_material_idx ON stock_balance (material_id, site_id)`);
    await q.query(`
      CREATE TABLE stock_movement (
        seq               bigserial PRIMARY KEY,
        id                text NOT NULL UNIQUE,
        type              text NOT NULL CHECK (type IN (${MOVEMENT_TYPES.map((t) => `'${t}'`).join(',')})),
        lot_id            text NOT NULL REFERENCES lot(id),
        material_id       text NOT NULL REFERENCES material(id),
        from_location_id  text REFERENCES location(id),
        to_location_id    text REFERENCES location(id),
        site_id           text NOT NULL REFERENCES site(id),
        quantity          numeric(20,6) NOT NULL CHECK (quantity > 0),
        reason            text,
        reference         text,
        actor_id          text NOT NULL,
        actor_name        text NOT NULL,
        occurred_at       timestamptz(3) NOT NULL,
        request_id        text,
        CHECK (from_location_id IS NOT NULL OR to_location_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX stock_movement_lot_idx ON stock_movement (lot_id, seq)`);
    await q.query(`CREATE INDEX stock_movement_site_idx ON stock_movement (site_id, seq)`);
    await q.query(`
      CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`
      CREATE TABLE idempotency_record (
        principal_id   text NOT NULL,
        operation      text NOT NULL,
        key            text NOT NULL,
        request_hash   text NOT NULL,
        result_id      text,
        created_at     timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (principal_id, operation, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_record`);
    await q.query(`DROP TABLE stock_movement`);
    await q.query(`DROP TABLE stock_balance`);
  }
}
