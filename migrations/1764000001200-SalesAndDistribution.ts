import type { MigrationInterface, QueryRunner } from 'typeorm';

const lifecycle = `
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now(),
  custom_fields  jsonb NOT NULL DEFAULT '{}'`;

/**
 * Customers' shipping addresses, sales orders with FEFO allocations, and shipments whose lines
 * keep lot, serial, UDI and the consignee's name and address (ISO 13485 7.5.9.2).
 */
export class SalesAndDistribution1764000001200 implements MigrationInterface {
  name = 'SalesAndDistribution1764000001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_address (
        id              text PRIMARY KEY,
        customer_id     text NOT NULL REFERENCES customer(id),
        label           text NOT NULL,
        consignee_name  text NOT NULL,
        line1           text NOT NULL,
        line2           text,
        city            text NOT NULL,
        postal_code     text,
        region          text,
        country         char(2) NOT NULL,
        ${lifecycle},
        UNIQUE (customer_id, label)
      )`);
    await q.query(`
      CREATE TABLE sales_order (
        id                  text PRIMARY KEY,
        order_number        text NOT NULL UNIQUE,
        customer_id         text NOT NULL REFERENCES customer(id),
        ship_to_address_id  text NOT NULL REFERENCES customer_address(id),
        status              text NOT NULL CHECK (status IN ('DRAFT','CONFIRMED','ALLOCATED','SHIPPED','CLOSED','CANCELLED')),
        currency            char(3) NOT NULL,
        total_amount        numeric(20,6) NOT NULL CHECK (total_amount >= 0),
        ${lifecycle}
      )`);
    await q.query(`CREATE INDEX sales_order_customer_idx ON sales_order (customer_id)`);
    await q.query(`
      CREATE TABLE sales_order_line (
        id                  text PRIMARY KEY,
        order_id            text NOT NULL REFERENCES sales_order(id),
        line_no             integer NOT NULL,
        material_id         text NOT NULL REFERENCES material(id),
        quantity            numeric(20,6) NOT NULL CHECK (quantity > 0),
        unit_price          numeric(20,6) NOT NULL CHECK (unit_price >= 0),
        shipped_quantity    numeric(20,6) NOT NULL DEFAULT 0,
        UNIQUE (order_id, line_no)
      )`);
    await q.query(`
      CREATE TABLE sales_allocation (
        id             text PRIMARY KEY,
        order_line_id  text NOT NULL REFERENCES sales_order_line(id),
        lot_id         text NOT NULL REFERENCES lot(id),
        location_id    text NOT NULL REFERENCES location(id),
        site_id        text NOT NULL REFERENCES site(id),
        quantity       numeric(20,6) NOT NULL CHECK (quantity > 0),
        concession_id  text REFERENCES concession(id),
        status         text NOT NULL CHECK (status IN ('ALLOCATED','SHIPPED','CANCELLED')),
        created_at     timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sales_allocation_open_idx ON sales_allocation (lot_id, location_id) WHERE status = 'ALLOCATED'`);
    await q.query(`CREATE INDEX sales_allocation_line_idx ON sales_allocation (order_line_id)`);
    await q.query(`
      CREATE TABLE shipment (
        id                 text PRIMARY KEY,
        shipment_number    text NOT NULL UNIQUE,
        sales_order_id     text NOT NULL REFERENCES sales_order(id),
        customer_id        text NOT NULL REFERENCES customer(id),
        consignee_name     text NOT NULL,
        consignee_address  text NOT NULL,
        shipped_at         timestamptz(3) NOT NULL,
        shipped_by         text NOT NULL,
        ${lifecycle}
      )`);
    await q.query(`
      CREATE TABLE shipment_line (
        id             text PRIMARY KEY,
        shipment_id    text NOT NULL REFERENCES shipment(id),
        line_no        integer NOT NULL,
        order_line_id  text NOT NULL REFERENCES sales_order_line(id),
        lot_id         text NOT NULL REFERENCES lot(id),
        material_id    text NOT NULL REFERENCES material(id),
        lot_number     text NOT NULL,
        serial_number  text,
        udi            text,
        quantity       numeric(20,6) NOT NULL CHECK (quantity > 0),
        movement_id    text NOT NULL REFERENCES stock_movement(id),
        UNIQUE (shipment_id, line_no)
      )`);
    await q.query(`CREATE INDEX shipment_line_lot_idx ON shipment_line (lot_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['shipment_line', 'shipment', 'sales_allocation', 'sales_order_line', 'sales_order', 'customer_address']) await q.query(`DROP TABLE ${t}`);
  }
}
