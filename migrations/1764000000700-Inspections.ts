import type { MigrationInterface, QueryRunner } from 'typeorm';

const lifecycle = `
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now(),
  custom_fields  jsonb NOT NULL DEFAULT '{}'`;

/** Versioned inspection plans, inspections with readings, and nonconformances. */
export class Inspections1764000000700 implements MigrationInterface {
  name = 'Inspections1764000000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inspection_plan (
        id           text PRIMARY KEY,
        material_id  text NOT NULL REFERENCES material(id),
        type         text NOT NULL CHECK (type IN ('INCOMING','IN_PROCESS','FINAL')),
        plan_version integer NOT NULL,
        status       text NOT NULL CHECK (status IN ('ACTIVE','SUPERSEDED')),
        sample_size  integer NOT NULL CHECK (sample_size > 0),
        ${lifecycle},
        UNIQUE (material_id, type, plan_version)
      )`);
    await q.query(`CREATE UNIQUE INDEX inspection_plan_one_active ON inspection_plan (material_id, type) WHERE status = 'ACTIVE'`);
    await q.query(`
      CREATE TABLE inspection_characteristic (
        id           text PRIMARY KEY,
        plan_id      text NOT NULL REFERENCES inspection_plan(id),
        seq          integer NOT NULL,
        name         text NOT NULL,
        kind         text NOT NULL CHECK (kind IN ('QUANTITATIVE','QUALITATIVE')),
        nominal      numeric(20,6),
        lower_limit  numeric(20,6),
        upper_limit  numeric(20,6),
        unit         text,
        UNIQUE (plan_id, seq),
        CHECK (kind = 'QUALITATIVE' OR (lower_limit IS NOT NULL AND upper_limit IS NOT NULL AND lower_limit <= upper_limit))
      )`);
    await q.query(`
      CREATE TABLE inspection (
        id              text PRIMARY KEY,
        lot_id          text NOT NULL REFERENCES lot(id),
        plan_id         text NOT NULL REFERENCES inspection_plan(id),
        status          text NOT NULL CHECK (status IN ('IN_PROGRESS','COMPLETED')),
        verdict         text CHECK (verdict IN ('PASS','FAIL')),
        inspector_id    text NOT NULL,
        inspector_name  text NOT NULL,
        started_at      timestamptz(3) NOT NULL,
        completed_at    timestamptz(3),
        ${lifecycle}
      )`);
    await q.query(`CREATE INDEX inspection_lot_idx ON inspection (lot_id)`);
    await q.query(`
      CREATE TABLE inspection_reading (
        id                 text PRIMARY KEY,
        inspection_id      text NOT NULL REFERENCES inspection(id),
        characteristic_id  text NOT NULL REFERENCES inspection_characteristic(id),
        sample_no          integer NOT NULL CHECK (sample_no > 0),
        value              numeric(20,6),
        accepted           boolean,
        equipment_id       text REFERENCES equipment(id),
        recorded_by        text NOT NULL,
        recorded_at        timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (inspection_id, characteristic_id, sample_no),
        CHECK (value IS NOT NULL OR accepted IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX inspection_reading_equipment_idx ON inspection_reading (equipment_id, recorded_at)`);
    await q.query(`
      CREATE TABLE nonconformance (
        id              text PRIMARY KEY,
        status          text NOT NULL CHECK (status IN ('OPEN','UNDER_REVIEW','DISPOSITIONED','CLOSED')),
        source          text NOT NULL CHECK (source IN ('INSPECTION','CALIBRATION','COMPLAINT','OTHER')),
        description     text NOT NULL,
        lot_ids         text[] NOT NULL DEFAULT '{}',
        inspection_id   text REFERENCES inspection(id),
        equipment_id    text REFERENCES equipment(id),
        opened_by       text NOT NULL,
        ${lifecycle}
      )`);
    await q.query(`CREATE INDEX nonconformance_lots_idx ON nonconformance USING gin (lot_ids)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['nonconformance', 'inspection_reading', 'inspection', 'inspection_characteristic', 'inspection_plan']) await q.query(`DROP TABLE ${t}`);
  }
}
