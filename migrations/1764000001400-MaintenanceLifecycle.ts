import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maintenance orders get a lifecycle (OPEN → IN_PROGRESS → DONE, or CANCELLED): when they are
 * planned for, who started, completed or cancelled them and why, and whether starting took the
 * equipment out of service (only then does completion return it).
 *
 * Earlier orders were all recorded DONE; their completer is filled from the equipment's
 * MAINTENANCE audit entry, which names the order. The status filter of `maintenanceOrders`
 * pages newest first within a status, hence (status, created_at, id).
 */
export class MaintenanceLifecycle1764000001400 implements MigrationInterface {
  name = 'MaintenanceLifecycle1764000001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE maintenance_order
        ADD COLUMN planned_for date,
        ADD COLUMN started_at timestamptz(3),
        ADD COLUMN started_by text,
        ADD COLUMN completed_by text,
        ADD COLUMN completion_notes text,
        ADD COLUMN cancelled_at timestamptz(3),
        ADD COLUMN cancelled_by text,
        ADD COLUMN cancel_reason text,
        ADD COLUMN took_equipment_out_of_service boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE maintenance_order m SET completed_by = a.actor_name
      FROM (SELECT DISTINCT ON (changes->0->'new'->>'order') changes->0->'new'->>'order' AS order_id, actor_name FROM audit_entry
            WHERE entity_type = 'Equipment' AND action = 'MAINTENANCE' ORDER BY changes->0->'new'->>'order', seq) a
      WHERE a.order_id = m.id`);
    await q.query(`
      ALTER TABLE maintenance_order
        ADD CONSTRAINT maintenance_order_started CHECK (status <> 'IN_PROGRESS' OR started_at IS NOT NULL),
        ADD CONSTRAINT maintenance_order_completed CHECK (status <> 'DONE' OR completed_at IS NOT NULL),
        ADD CONSTRAINT maintenance_order_cancelled CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL))`);
    await q.query(`CREATE INDEX maintenance_order_status_idx ON maintenance_order (status, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX maintenance_order_status_idx`);
    await q.query(`
      ALTER TABLE maintenance_order
        DROP CONSTRAINT maintenance_order_started, DROP CONSTRAINT maintenance_order_completed, DROP CONSTRAINT maintenance_order_cancelled,
        DROP COLUMN planned_for, DROP COLUMN started_at, DROP COLUMN started_by, DROP COLUMN completed_by, DROP COLUMN completion_notes,
        DROP COLUMN cancelled_at, DROP COLUMN cancelled_by, DROP COLUMN cancel_reason, DROP COLUMN took_equipment_out_of_service`);
  }
}
