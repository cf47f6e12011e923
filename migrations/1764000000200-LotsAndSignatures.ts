import type { MigrationInterface, QueryRunner } from 'typeorm';

const LOT_STATUSES = ['QUARANTINE', 'UNDER_TEST', 'RELEASED', 'CONDITIONAL_RELEASE', 'ON_HOLD', 'REJECTED', 'SCRAPPED', 'RETURNED', 'RECALLED', 'EXPIRED'];

/** Lots with per-material lot numbering, and append-only electronic signatures (21 CFR 11.50/11.70). */
export class LotsAndSignatures1764000000200 implements MigrationInterface {
  name = 'LotsAndSignatures1764000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE material ADD COLUMN lot_number_pattern text NOT NULL DEFAULT '{YY}{MM}{DD}-{SEQ:4}'`);
    await q.query(`
      CREATE TABLE lot_number_sequence (
        material_id  text PRIMARY KEY REFERENCES material(id),
        last_value   bigint NOT NULL
      )`);
    await q.query(`
      CREATE TABLE lot (
        id                   text PRIMARY KEY,
        material_id          text NOT NULL REFERENCES material(id),
        lot_number           text NOT NULL,
        supplier_lot_number  text,
        supplier_id          text REFERENCES supplier(id),
        origin               text NOT NULL CHECK (origin IN ('RECEIPT','WORK_ORDER')),
        site_id              text NOT NULL REFERENCES site(id),
        quantity             numeric(20,6) NOT NULL CHECK (quantity > 0),
        unit                 text NOT NULL,
        manufactured_on      date,
        expires_on           date,
        serial_number        text,
        status               text NOT NULL CHECK (status IN (${LOT_STATUSES.map((s) => `'${s}'`).join(',')})),
        status_reason        text,
        released_at          timestamptz,
        released_by          text,
        created_by           text NOT NULL,
        created_by_name      text NOT NULL,
        version              integer NOT NULL DEFAULT 1,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        custom_fields        jsonb NOT NULL DEFAULT '{}',
        UNIQUE (material_id, lot_number),
        CHECK (origin <> 'RECEIPT' OR supplier_id IS NOT NULL),
        CHECK (expires_on IS NULL OR manufactured_on IS NULL OR expires_on >= manufactured_on)
      )`);
    await q.query(`CREATE INDEX lot_supplier_lot_idx ON lot (material_id, supplier_lot_number)`);
    await q.query(`CREATE INDEX lot_status_expiry_idx ON lot (status, expires_on)`);
    await q.query(`CREATE INDEX lot_supplier_idx ON lot (supplier_id, id)`);
    await q.query(`CREATE INDEX lot_created_idx ON lot (created_at, id)`);

    await q.query(`
      CREATE TABLE electronic_signature (
        id              text PRIMARY KEY,
        record_type     text NOT NULL,
        record_id       text NOT NULL,
        record_version  integer NOT NULL,
        content         jsonb NOT NULL,
        content_hash    text NOT NULL,
        meaning         text NOT NULL CHECK (meaning IN ('AUTHORED','REVIEWED','APPROVED','RELEASED','VERIFIED','CLOSED')),
        reason          text NOT NULL,
        signer_id       text NOT NULL REFERENCES app_user(id),
        signer_subject  text NOT NULL,
        printed_name    text NOT NULL,
        signed_at       timestamptz NOT NULL,
        request_id      text
      )`);
    await q.query(`CREATE INDEX electronic_signature_record_idx ON electronic_signature (record_type, record_id, signed_at)`);
    await q.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER electronic_signature_append_only BEFORE UPDATE OR DELETE ON electronic_signature
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`
      CREATE TRIGGER electronic_signature_no_truncate BEFORE TRUNCATE ON electronic_signature
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE electronic_signature`);
    await q.query(`DROP FUNCTION refuse_change()`);
    await q.query(`DROP TABLE lot`);
    await q.query(`DROP TABLE lot_number_sequence`);
    await q.query(`ALTER TABLE material DROP COLUMN lot_number_pattern`);
  }
}
