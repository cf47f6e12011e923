import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who did each part of an inspection, by subject as well as printed name, so the release rule
 * (the QA releaser did not inspect the lot) covers whoever recorded readings or completed it,
 * not only whoever started it. An inspection opened by a goods receipt has no inspector until
 * its first reading, so the inspector may be null.
 *
 * Earlier rows are filled from the audit trail: a completion from the inspection's COMPLETE
 * entry; a reading's subject from the inspection's READINGS entries by an actor of the same
 * printed name, only where exactly one such actor exists. Readings it cannot attribute stay null.
 * No new index: the release check reaches a lot's readings through the existing
 * (inspection_id, ...) unique index, a few hundred rows per lot at most.
 */
export class InspectionAccountability1764000001300 implements MigrationInterface {
  name = 'InspectionAccountability1764000001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE inspection ALTER COLUMN inspector_id DROP NOT NULL, ALTER COLUMN inspector_name DROP NOT NULL`);
    await q.query(`ALTER TABLE inspection ADD COLUMN completed_by text, ADD COLUMN completed_by_subject text`);
    await q.query(`ALTER TABLE inspection ADD CONSTRAINT inspection_inspector_named CHECK ((inspector_id IS NULL) = (inspector_name IS NULL))`);
    await q.query(`ALTER TABLE inspection_reading ADD COLUMN recorded_by_subject text`);
    await q.query(`
      UPDATE inspection i SET completed_by = a.actor_name, completed_by_subject = a.actor_id
      FROM (SELECT DISTINCT ON (entity_id) entity_id, actor_id, actor_name FROM audit_entry
            WHERE entity_type = 'Inspection' AND action = 'COMPLETE' ORDER BY entity_id, seq) a
      WHERE a.entity_id = i.id AND i.status = 'COMPLETED'`);
    await q.query(`
      UPDATE inspection_reading r SET recorded_by_subject = a.actor_id
      FROM (SELECT entity_id, actor_name, min(actor_id) AS actor_id FROM audit_entry
            WHERE entity_type = 'Inspection' AND action = 'READINGS'
            GROUP BY entity_id, actor_name HAVING count(DISTINCT actor_id) = 1) a
      WHERE a.entity_id = r.inspection_id AND a.actor_name = r.recorded_by`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE inspection_reading DROP COLUMN recorded_by_subject`);
    await q.query(`ALTER TABLE inspection DROP CONSTRAINT inspection_inspector_named`);
    await q.query(`ALTER TABLE inspection DROP COLUMN completed_by, DROP COLUMN completed_by_subject`);
    await q.query(`UPDATE inspection SET inspector_id = 'system', inspector_name = 'System' WHERE inspector_id IS NULL`);
    await q.query(`ALTER TABLE inspection ALTER COLUMN inspector_id SET NOT NULL, ALTER COLUMN inspector_name SET NOT NULL`);
  }
}
