import type { MigrationInterface, QueryRunner } from 'typeorm';

const lifecycle = `
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now(),
  custom_fields  jsonb NOT NULL DEFAULT '{}'`;

/** Equipment with calibration state, calibration records, maintenance orders, raised alerts. */
export class Equipment1764000000600 implements MigrationInterface {
  name = 'Equipment1764000000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE equipment (
        id                         text PRIMARY KEY,
        asset_tag                  text NOT NULL UNIQUE,
        name                       text NOT NULL,
        type                       text NOT NULL CHECK (type IN ('MEASURING_INSTRUMENT','TEST_FIXTURE','PRODUCTION_ASSET','FACILITY')),
        site_id                    text NOT NULL REFERENCES site(id),
        location_id                text REFERENCES location(id),
        status                     text NOT NULL CHECK (status IN ('IN_SERVICE','OUT_OF_SERVICE','OUT_OF_CALIBRATION','RETIRED')),
        calibration_interval_days  integer CHECK (calibration_interval_days IS NULL OR calibration_interval_days > 0),
        last_calibrated_on         date,
        calibration_due_on         date,
        ${lifecycle}
      )`);
    await q.query(`CREATE INDEX equipment_due_idx ON equipment (calibration_due_on) WHERE calibration_interval_days IS NOT NULL`);
    await q.query(`
      CREATE TABLE calibration_record (
        id                  text PRIMARY KEY,
        equipment_id        text NOT NULL REFERENCES equipment(id),
        performed_on        date NOT NULL,
        performed_by        text NOT NULL,
        reference_standard  text NOT NULL,
        as_found            text NOT NULL,
        as_left             text NOT NULL,
        result              text NOT NULL CHECK (result IN ('PASS','FAIL')),
        certificate_ref     text,
        next_due_on         date,
        recorded_by         text NOT NULL,
        recorded_at         timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX calibration_record_equipment_idx ON calibration_record (equipment_id, performed_on, id)`);
    await q.query(`
      CREATE TRIGGER calibration_record_append_only BEFORE UPDATE OR DELETE ON calibration_record
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`
      CREATE TABLE maintenance_order (
        id                text PRIMARY KEY,
        equipment_id      text NOT NULL REFERENCES equipment(id),
        kind              text NOT NULL CHECK (kind IN ('PREVENTIVE','CORRECTIVE')),
        status            text NOT NULL CHECK (status IN ('OPEN','IN_PROGRESS','DONE','CANCELLED')),
        description       text NOT NULL,
        downtime_minutes  integer NOT NULL DEFAULT 0 CHECK (downtime_minutes >= 0),
        completed_at      timestamptz(3),
        ${lifecycle}
      )`);
    await q.query(`CREATE INDEX maintenance_order_equipment_idx ON maintenance_order (equipment_id, created_at)`);
    await q.query(`
      CREATE TABLE raised_alert (
        type            text NOT NULL,
        entity_id       text NOT NULL,
        occurrence_key  text NOT NULL,
        raised_at       timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (type, entity_id, occurrence_key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['raised_alert', 'maintenance_order', 'calibration_record', 'equipment']) await q.query(`DROP TABLE ${t}`);
  }
}
