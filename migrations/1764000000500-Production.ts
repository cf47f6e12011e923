import type { MigrationInterface, QueryRunner } from 'typeorm';

const lifecycle = `
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now(),
  custom_fields  jsonb NOT NULL DEFAULT '{}'`;

/** Bills of materials with substitutes, work orders, consumptions, and lot genealogy. */
export class Production1764000000500 implements MigrationInterface {
  name = 'Production1764000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bom (
        id                   text PRIMARY KEY,
        product_material_id  text NOT NULL REFERENCES material(id),
        revision             text NOT NULL,
        status               text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','OBSOLETE')),
        ${lifecycle},
        UNIQUE (product_material_id, revision)
      )`);
    await q.query(`
      CREATE TABLE bom_line (
        id                     text PRIMARY KEY,
        bom_id                 text NOT NULL REFERENCES bom(id),
        line_no                integer NOT NULL,
        component_material_id  text NOT NULL REFERENCES material(id),
        quantity_per           numeric(20,6) NOT NULL CHECK (quantity_per > 0),
        substitute_material_ids text[] NOT NULL DEFAULT '{}',
        UNIQUE (bom_id, component_material_id),
        UNIQUE (bom_id, line_no)
      )`);
    await q.query(`
      CREATE TABLE work_order (
        id                   text PRIMARY KEY,
        number               text NOT NULL UNIQUE,
        product_material_id  text NOT NULL REFERENCES material(id),
        bom_id               text NOT NULL REFERENCES bom(id),
        site_id              text NOT NULL REFERENCES site(id),
        quantity_planned     numeric(20,6) NOT NULL CHECK (quantity_planned > 0),
        quantity_produced    numeric(20,6) NOT NULL DEFAULT 0,
        status               text NOT NULL CHECK (status IN ('PLANNED','RELEASED','IN_PROGRESS','COMPLETED','CLOSED','CANCELLED')),
        status_reason        text,
        ${lifecycle}
      )`);
    await q.query(`CREATE INDEX work_order_status_idx ON work_order (status, created_at, id)`);
    await q.query(`
      CREATE TABLE work_order_consumption (
        id              text PRIMARY KEY,
        work_order_id   text NOT NULL REFERENCES work_order(id),
        lot_id          text NOT NULL REFERENCES lot(id),
        bom_line_id     text NOT NULL REFERENCES bom_line(id),
        substitute      boolean NOT NULL,
        quantity        numeric(20,6) NOT NULL CHECK (quantity > 0),
        movement_id     text NOT NULL REFERENCES stock_movement(id),
        created_at      timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX work_order_consumption_wo_idx ON work_order_consumption (work_order_id)`);
    await q.query(`
      CREATE TABLE genealogy_edge (
        parent_lot_id   text NOT NULL REFERENCES lot(id),
        child_lot_id    text NOT NULL REFERENCES lot(id),
        work_order_id   text NOT NULL REFERENCES work_order(id),
        quantity        numeric(20,6) NOT NULL CHECK (quantity > 0),
        created_at      timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (parent_lot_id, child_lot_id),
        CHECK (parent_lot_id <> child_lot_id)
      )`);
    await q.query(`CREATE INDEX genealogy_edge_child_idx ON genealogy_edge (child_lot_id, parent_lot_id)`);
    await q.query(`ALTER TABLE lot ADD COLUMN work_order_id text REFERENCES work_order(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE lot DROP COLUMN work_order_id`);
    for (const t of ['genealogy_edge', 'work_order_consumption', 'work_order', 'bom_line', 'bom']) await q.query(`DROP TABLE ${t}`);
  }
}
