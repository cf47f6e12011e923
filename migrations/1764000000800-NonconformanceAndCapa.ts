import type { MigrationInterface, QueryRunner } from 'typeorm';

const lifecycle = `
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now(),
  custom_fields  jsonb NOT NULL DEFAULT '{}'`;

/**
 * The nonconformance lifecycle (review, disposition, concession, closure), CAPAs with their
 * action items, and the supplier a nonconformance or inspection concerns (for SUPPLIER row
 * scope and analytics).
 */
export class NonconformanceAndCapa1764000000800 implements MigrationInterface {
  name = 'NonconformanceAndCapa1764000000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE inspection ADD COLUMN supplier_id text REFERENCES supplier(id)`);
    await q.query(`UPDATE inspection i SET supplier_id = l.supplier_id FROM lot l WHERE l.id = i.lot_id`);
    await q.query(`CREATE INDEX inspection_supplier_idx ON inspection (supplier_id) WHERE supplier_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE concession (
        id                 text PRIMARY KEY,
        nonconformance_id  text NOT NULL REFERENCES nonconformance(id),
        justification      text NOT NULL,
        customer_id        text REFERENCES customer(id),
        max_quantity       numeric(20,6) CHECK (max_quantity > 0),
        used_quantity      numeric(20,6) NOT NULL DEFAULT 0 CHECK (used_quantity >= 0),
        valid_until        date,
        approved_by        text NOT NULL,
        approved_at        timestamptz(3) NOT NULL,
        ${lifecycle},
        CHECK (customer_id IS NOT NULL OR max_quantity IS NOT NULL OR valid_until IS NOT NULL),
        CHECK (max_quantity IS NULL OR used_quantity <= max_quantity)
      )`);
    await q.query(`ALTER TABLE lot ADD COLUMN concession_id text REFERENCES concession(id)`);

    await q.query(`
      ALTER TABLE nonconformance
        ADD COLUMN supplier_id text REFERENCES supplier(id),
        ADD COLUMN opened_by_subject text,
        ADD COLUMN review_summary text,
        ADD COLUMN reviewed_by text,
        ADD COLUMN reviewed_at timestamptz(3),
        ADD COLUMN disposition text CHECK (disposition IN ('USE_AS_IS','REWORK','SCRAP','RETURN_TO_SUPPLIER')),
        ADD COLUMN disposition_justification text,
        ADD COLUMN dispositioned_by text,
        ADD COLUMN dispositioned_at timestamptz(3),
        ADD COLUMN concession_id text REFERENCES concession(id),
        ADD COLUMN closed_by text,
        ADD COLUMN closed_at timestamptz(3),
        ADD CONSTRAINT nonconformance_disposition_recorded CHECK (status IN ('OPEN','UNDER_REVIEW') OR disposition IS NOT NULL),
        ADD CONSTRAINT nonconformance_concession_for_use_as_is CHECK (disposition IS DISTINCT FROM 'USE_AS_IS' OR concession_id IS NOT NULL)`);
    await q.query(`
      UPDATE nonconformance nc SET supplier_id = s.supplier_id
      FROM (SELECT n.id, min(l.supplier_id) AS supplier_id FROM nonconformance n JOIN lot l ON l.id = ANY(n.lot_ids)
            GROUP BY n.id HAVING count(DISTINCT l.supplier_id) = 1 AND bool_and(l.supplier_id IS NOT NULL)) s
      WHERE s.id = nc.id AND nc.source = 'INSPECTION'`);
    await q.query(`CREATE INDEX nonconformance_supplier_idx ON nonconformance (supplier_id) WHERE supplier_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE capa (
        id                       text PRIMARY KEY,
        title                    text NOT NULL,
        description              text NOT NULL,
        status                   text NOT NULL CHECK (status IN ('DRAFT','TRIAGE','CLOSED_NO_ACTION','INVESTIGATION','PLAN_APPROVAL',
                                   'IMPLEMENTATION','VERIFICATION','EFFECTIVENESS_CHECK','CLOSED','CANCELLED')),
        nonconformance_ids       text[] NOT NULL DEFAULT '{}',
        due_on                   date NOT NULL,
        owner_id                 text REFERENCES app_user(id),
        risk                     text CHECK (risk IN ('LOW','MEDIUM','HIGH')),
        containment              text,
        root_cause               text,
        affected_scope           text,
        effectiveness_criterion  text,
        effectiveness_result     text,
        justification            text,
        opened_by                text NOT NULL,
        opened_by_subject        text NOT NULL,
        closed_at                timestamptz(3),
        ${lifecycle},
        CHECK (status IN ('DRAFT','TRIAGE','CLOSED_NO_ACTION','CANCELLED') OR (owner_id IS NOT NULL AND risk IS NOT NULL AND containment IS NOT NULL)),
        CHECK (status IN ('DRAFT','TRIAGE','CLOSED_NO_ACTION','CANCELLED','INVESTIGATION') OR (root_cause IS NOT NULL AND affected_scope IS NOT NULL)),
        CHECK (status NOT IN ('CLOSED_NO_ACTION','CANCELLED') OR justification IS NOT NULL),
        CHECK ((status IN ('CLOSED','CLOSED_NO_ACTION','CANCELLED')) = (closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX capa_nonconformances_idx ON capa USING gin (nonconformance_ids)`);
    await q.query(`CREATE INDEX capa_open_due_idx ON capa (due_on) WHERE closed_at IS NULL`);
    await q.query(`
      CREATE TABLE capa_action (
        id               text PRIMARY KEY,
        capa_id          text NOT NULL REFERENCES capa(id),
        seq              integer NOT NULL,
        description      text NOT NULL,
        owner_id         text NOT NULL REFERENCES app_user(id),
        due_on           date NOT NULL,
        status           text NOT NULL CHECK (status IN ('OPEN','DONE')),
        completed_by     text,
        completed_at     timestamptz(3),
        completion_note  text,
        ${lifecycle},
        UNIQUE (capa_id, seq),
        CHECK ((status = 'DONE') = (completed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX capa_action_open_due_idx ON capa_action (due_on) WHERE status = 'OPEN'`);

    await q.query(`ALTER TABLE stock_movement DROP CONSTRAINT stock_movement_type_check`);
    await q.query(`ALTER TABLE stock_movement ADD CONSTRAINT stock_movement_type_check
      CHECK (type IN ('RECEIVE','TRANSFER','ISSUE','PRODUCE','SHIP','ADJUST','SCRAP','SAMPLE','RETURN'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stock_movement DROP CONSTRAINT stock_movement_type_check`);
    await q.query(`ALTER TABLE stock_movement ADD CONSTRAINT stock_movement_type_check
      CHECK (type IN ('RECEIVE','TRANSFER','ISSUE','PRODUCE','SHIP','ADJUST','SCRAP','SAMPLE'))`);
    await q.query(`DROP TABLE capa_action`);
    await q.query(`DROP TABLE capa`);
    await q.query(`ALTER TABLE nonconformance DROP CONSTRAINT nonconformance_concession_for_use_as_is, DROP CONSTRAINT nonconformance_disposition_recorded,
      DROP COLUMN supplier_id, DROP COLUMN opened_by_subject, DROP COLUMN review_summary, DROP COLUMN reviewed_by, DROP COLUMN reviewed_at,
      DROP COLUMN disposition, DROP COLUMN disposition_justification, DROP COLUMN dispositioned_by, DROP COLUMN dispositioned_at,
      DROP COLUMN concession_id, DROP COLUMN closed_by, DROP COLUMN closed_at`);
    await q.query(`ALTER TABLE lot DROP COLUMN concession_id`);
    await q.query(`DROP TABLE concession`);
    await q.query(`DROP INDEX inspection_supplier_idx`);
    await q.query(`ALTER TABLE inspection DROP COLUMN supplier_id`);
  }
}
