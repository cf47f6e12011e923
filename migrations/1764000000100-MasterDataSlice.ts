import type { MigrationInterface, QueryRunner } from 'typeorm';

const lifecycle = `
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  custom_fields  jsonb NOT NULL DEFAULT '{}'`;

/** Sites and locations, suppliers, materials, the approved-supplier list, customers, users. */
export class MasterDataSlice1764000000100 implements MigrationInterface {
  name = 'MasterDataSlice1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE site (
        id        text PRIMARY KEY,
        code      text NOT NULL UNIQUE,
        name      text NOT NULL,
        country   text,
        timezone  text NOT NULL DEFAULT 'UTC',
        status    text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','INACTIVE')),
        ${lifecycle}
      )`);
    await q.query(`
      CREATE TABLE location (
        id        text PRIMARY KEY,
        site_id   text NOT NULL REFERENCES site(id),
        code      text NOT NULL,
        name      text NOT NULL,
        type      text NOT NULL CHECK (type IN ('STORAGE','QUARANTINE','PRODUCTION','LABORATORY','SHIPPING','RECEIVING','REJECT')),
        status    text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','INACTIVE')),
        ${lifecycle},
        UNIQUE (site_id, code)
      )`);
    await q.query(`CREATE INDEX location_site_idx ON location (site_id, code, id)`);

    await q.query(`
      CREATE TABLE supplier (
        id                        text PRIMARY KEY,
        code                      text NOT NULL UNIQUE,
        name                      text NOT NULL,
        country                   text,
        contact_name              text,
        contact_email             text,
        contact_phone             text,
        qualification_status      text NOT NULL DEFAULT 'PROSPECTIVE'
                                  CHECK (qualification_status IN ('PROSPECTIVE','APPROVED','CONDITIONAL','DISQUALIFIED')),
        qualification_expires_on  date,
        qualification_reason      text,
        qualified_at              timestamptz,
        qualified_by              text,
        status                    text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','INACTIVE')),
        ${lifecycle}
      )`);
    await q.query(`CREATE INDEX supplier_name_idx ON supplier (name, id)`);

    await q.query(`
      CREATE TABLE material (
        id                 text PRIMARY KEY,
        code               text NOT NULL UNIQUE,
        name               text NOT NULL,
        description        text,
        type               text NOT NULL CHECK (type IN ('RAW_MATERIAL','COMPONENT','SUBASSEMBLY','FINISHED_DEVICE','PACKAGING','LABEL','CONSUMABLE','SPARE_PART')),
        unit               text NOT NULL,
        lot_controlled     boolean NOT NULL DEFAULT true,
        serial_controlled  boolean NOT NULL DEFAULT false,
        shelf_life_days    integer CHECK (shelf_life_days IS NULL OR shelf_life_days > 0),
        device_class       text CHECK (device_class IN ('CLASS_I','CLASS_IIA','CLASS_IIB','CLASS_III','NOT_A_DEVICE')),
        gtin               char(14) UNIQUE,
        revision           text NOT NULL DEFAULT 'A',
        status             text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','ACTIVE','OBSOLETE')),
        ${lifecycle}
      )`);
    await q.query(`CREATE INDEX material_name_idx ON material (name, id)`);
    await q.query(`CREATE INDEX material_status_idx ON material (status, code, id)`);
    await q.query(`CREATE INDEX material_updated_idx ON material (updated_at, id)`);

    await q.query(`
      CREATE TABLE material_supplier (
        id                    text PRIMARY KEY,
        material_id           text NOT NULL REFERENCES material(id),
        supplier_id           text NOT NULL REFERENCES supplier(id),
        status                text NOT NULL CHECK (status IN ('APPROVED','SUSPENDED','REVOKED')),
        supplier_part_number  text,
        approved_at           timestamptz,
        approved_by           text,
        reason                text,
        ${lifecycle},
        UNIQUE (material_id, supplier_id)
      )`);
    await q.query(`CREATE INDEX material_supplier_supplier_idx ON material_supplier (supplier_id, material_id)`);

    await q.query(`
      CREATE TABLE customer (
        id             text PRIMARY KEY,
        code           text NOT NULL UNIQUE,
        name           text NOT NULL,
        country        text,
        contact_name   text,
        contact_email  text,
        contact_phone  text,
        status         text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','INACTIVE')),
        ${lifecycle}
      )`);
    await q.query(`CREATE INDEX customer_name_idx ON customer (name, id)`);

    await q.query(`
      CREATE TABLE app_user (
        id                       text PRIMARY KEY,
        subject                  text NOT NULL UNIQUE,
        printed_name             text NOT NULL,
        email                    text,
        roles                    text[] NOT NULL,
        supplier_id              text REFERENCES supplier(id),
        site_ids                 text[] NOT NULL DEFAULT '{}',
        status                   text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','DEACTIVATED')),
        deactivated_at           timestamptz,
        deactivation_reason      text,
        signing_password_hash    text,
        signing_failed_attempts  integer NOT NULL DEFAULT 0,
        signing_locked_at        timestamptz,
        ${lifecycle}
      )`);
    await q.query(`CREATE INDEX app_user_name_idx ON app_user (printed_name, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['app_user', 'customer', 'material_supplier', 'material', 'supplier', 'location', 'site']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
